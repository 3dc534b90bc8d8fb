using System.Text.RegularExpressions;
using BriefingGen.Tests.Support;

namespace BriefingGen.Tests.Content;

/// <summary>
/// The bundled collection reads as published: its bibliography carries no editors' working notes or abbreviated
/// journal names, its home page and config agree, and it shows how a site puts its own identity over the theme.
/// </summary>
public sealed partial class PublishedCollectionTests
{
    private static readonly Lazy<BriefingGen.Model.Site> Site = new(() =>
    {
        var (site, diagnostics) = SiteBuilder.LoadModel(new BuildOptions { Source = Repository.Root });
        Assert.True(diagnostics.Count == 0, string.Join("\n", diagnostics));
        return site!;
    });

    [Fact]
    public void No_reference_carries_an_editors_working_note()
    {
        var notes = Site.Value.Briefing.References
            .Where(r => r.Note is { } note && WorkingNote().IsMatch(note))
            .Select(r => $"{r.Id}: {r.Note}").ToList();
        Assert.True(notes.Count == 0, "notes written for editors, not readers:\n" + string.Join("\n", notes));
    }

    [Fact]
    public void Journal_names_are_written_out_in_full()
    {
        // Words that ISO 4 abbreviates, as PubMed and Springer print them: "Soc Policy Adm", "J Am Plann Assoc".
        var abbreviated = Site.Value.Briefing.References
            .Where(r => r.ContainerTitle is { } journal && AbbreviatedJournal().IsMatch(journal))
            .Select(r => $"{r.Id}: {r.ContainerTitle}").ToList();
        Assert.True(abbreviated.Count == 0, "abbreviated journal names:\n" + string.Join("\n", abbreviated));
    }

    [Fact]
    public void The_home_page_heading_is_the_sites_title()
    {
        var home = Site.Value.Find("")!;
        Assert.Equal(Site.Value.Config.Title, home.Title);
    }

    [Fact]
    public void The_site_has_a_base_url_so_printed_papers_show_real_addresses()
    {
        Assert.StartsWith("https://", Site.Value.Config.BaseUrl);
    }

    [Fact]
    public void The_forums_identity_overrides_the_theme_file_by_file()
    {
        var templates = Repository.Path("templates");
        // The mark goes in the header's logo slot; the header itself stays the theme's.
        Assert.False(File.Exists(Path.Combine(templates, "partials", "header.html")));
        Assert.True(File.Exists(Path.Combine(templates, "partials", "footer.html")));
        Assert.True(File.Exists(Path.Combine(templates, "assets", "forum-logo.svg")));
        Assert.Contains("assets/forum-logo.svg", File.ReadAllText(Path.Combine(templates, "partials", "site-logo.html")));
        Assert.Contains("rel=\"license\"", File.ReadAllText(Path.Combine(templates, "partials", "footer.html")));
    }

    [GeneratedRegex(@"\bseeds?\b|[Uu]ndated|README|the briefing's text|reference list gives", RegexOptions.IgnoreCase)]
    private static partial Regex WorkingNote();

    [GeneratedRegex(@"\b(?:J|Am|Ann|Assoc|Adm|Coop|Crit|Cult|Curr|Econ|Educ|Inst|Int|Manag|Plann|Rev|Sci|Soc|Sociol|Stud)\b\.?")]
    private static partial Regex AbbreviatedJournal();
}
