using BriefingGen.Diagnostics;
using BriefingGen.Tests.Support;

namespace BriefingGen.Tests.Model;

/// <summary>A [[...]] link names one term: an alias that another term also answers to is an error at the alias.</summary>
public sealed class TermAliasTests
{
    private const string Page = "-- content/about.md --\n---\ntitle: About\n---\n[[energy]] and [[budget]].\n";

    [Fact]
    public void The_same_alias_on_two_terms_is_an_error_at_the_second()
    {
        using var site = TestSite.With(Page +
            "-- content/data/terms.yml --\n" +
            "- id: energy\n  name: Community energy\n  aliases: [co-op]\n  explanation: Owned locally.\n" +
            "- id: budget\n  name: Participatory budgeting\n  aliases: [pb, co-op]\n  explanation: Residents decide.\n");
        var result = site.Build();

        DiagnosticAssert.At(result, DiagnosticCodes.AmbiguousTermName, "content/data/terms.yml", 7, 17);
        Assert.Contains("'budget'", DiagnosticAssert.Single(result, DiagnosticCodes.AmbiguousTermName).Message);
        Assert.Contains("alias of term 'energy'", DiagnosticAssert.Single(result, DiagnosticCodes.AmbiguousTermName).Message);
    }

    [Fact]
    public void An_alias_equal_to_another_term_s_id_is_an_error()
    {
        using var site = TestSite.With(Page +
            "-- content/data/terms.yml --\n" +
            "- id: energy\n  name: Community energy\n  aliases: [Budget]\n  explanation: Owned locally.\n" +
            "- id: budget\n  name: Participatory budgeting\n  explanation: Residents decide.\n");
        var result = site.Build();

        var diagnostic = DiagnosticAssert.Single(result, DiagnosticCodes.AmbiguousTermName);
        Assert.Contains("id of term 'budget'", diagnostic.Message);
        DiagnosticAssert.At(result, DiagnosticCodes.AmbiguousTermName, "content/data/terms.yml", 3, 13);
    }

    [Fact]
    public void A_term_may_list_its_own_name_among_its_aliases()
    {
        using var site = TestSite.With(Page +
            "-- content/data/terms.yml --\n" +
            "- id: energy\n  name: Community energy\n  aliases: [community energy]\n  explanation: Owned locally.\n" +
            "- id: budget\n  name: Participatory budgeting\n  explanation: Residents decide.\n");
        DiagnosticAssert.Clean(site.Build());
    }
}
