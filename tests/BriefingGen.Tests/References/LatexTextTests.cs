using BriefingGen.Parsing.Bibtex;

namespace BriefingGen.Tests.References;

/// <summary>LaTeX in BibTeX values as plain Unicode, and names split as BibTeX splits them.</summary>
public sealed class LatexTextTests
{
    [Theory]
    [InlineData(@"Jos{\'e}", "José")]
    [InlineData(@"J{\""o}rg M\""{u}ller", "Jörg Müller")]
    [InlineData(@"Pol{\'{\i}}tica", "Política")]
    [InlineData(@"Fran\c{c}ois Dvo\v{r}\'ak", "François Dvořák")]
    [InlineData(@"Stra{\ss}e {\o}re {\AA}rhus", "Straße øre Århus")]
    [InlineData(@"Politics \& Society, 50\% \$5 \#1", "Politics & Society, 50% $5 #1")]
    [InlineData(@"pp. 461--510, 1990---2000", "pp. 461–510, 1990—2000")]
    [InlineData(@"Dr.~Smith", "Dr.\u00A0Smith")]
    [InlineData(@"The {NASA} {Case} of {\emph{Apollo}}", "The NASA Case of Apollo")]
    [InlineData("A ``quoted'' title", "A “quoted” title")]
    [InlineData("line\n   broken\ttitle", "line broken title")]
    public void Latex_becomes_plain_unicode(string latex, string plain) => Assert.Equal(plain, LatexText.ToPlain(latex));

    [Theory]
    [InlineData("Santos, Boaventura de Sousa", null, "Santos", "Boaventura de Sousa", null)]
    [InlineData("de Sousa Santos, Boaventura", "de", "Sousa Santos", "Boaventura", null)]
    [InlineData("Boaventura de Sousa Santos", "de", "Sousa Santos", "Boaventura", null)]
    [InlineData("van Gogh, Vincent", "van", "Gogh", "Vincent", null)]
    [InlineData("King, Jr., Martin Luther", null, "King", "Martin Luther", "Jr.")]
    [InlineData(@"Gonz{\'a}lez, Jos{\'e}", null, "González", "José", null)]
    [InlineData("{de la} Fontaine, Jean", null, "de la Fontaine", "Jean", null)]
    public void Names_are_split_into_their_parts(string raw, string? von, string last, string first, string? jr)
    {
        var name = Assert.Single(BibtexName.List(raw));
        Assert.Equal((von, last, first, jr), (name.Von, name.Last, name.First, name.Jr));
    }

    [Fact]
    public void Braced_name_is_an_organisation_and_and_inside_braces_does_not_split()
    {
        var names = BibtexName.List("{World Health Organization} and {Barnes and Noble} and Ostrom, Elinor and others");

        Assert.Equal(["World Health Organization", "Barnes and Noble", null], names.Select(n => n.Literal));
        Assert.Equal("Ostrom", names[2].Last);
    }

    [Theory]
    [InlineData("~")]
    [InlineData(",")]
    [InlineData("{")]
    [InlineData(", , ,")]
    public void Odd_names_do_not_crash(string raw) => BibtexName.List(raw);
}
