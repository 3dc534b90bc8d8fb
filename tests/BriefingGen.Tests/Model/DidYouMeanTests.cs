using BriefingGen.Diagnostics;
using BriefingGen.Tests.Support;

namespace BriefingGen.Tests.Model;

/// <summary>A misspelt name anywhere an editor writes one (a key, a page, a term, a cell, an item, an embed) gets the nearest known name.</summary>
public sealed class DidYouMeanTests
{
    private const string Notes = "content/briefings/notes.md";

    private static string MessageOf(string code, string extra)
    {
        using var site = SampleBriefing.Site(extra);
        return DiagnosticAssert.Single(site.Build(), code).Message;
    }

    private static string PageMessage(string code, string page) => MessageOf(code, $"-- {Notes} --\n{page}");

    [Fact]
    public void A_misspelt_front_matter_key()
    {
        Assert.Contains("did you mean 'summary'", PageMessage(DiagnosticCodes.UnknownKey, "---\ntitle: Notes\nsumary: Short.\n---\nBody.\n"));
    }

    [Fact]
    public void A_misspelt_config_key()
    {
        using var site = TestSite.With("-- site.config.yml --\ntitle: Test briefings\nlanguag: en\n");
        Assert.Contains("did you mean 'language'", DiagnosticAssert.Single(site.Build(), DiagnosticCodes.UnknownKey).Message);
    }

    [Fact]
    public void A_misspelt_related_page()
    {
        Assert.Contains("did you mean 'case-studies/cardiff'",
            PageMessage(DiagnosticCodes.UnknownPage, "---\ntitle: Notes\nrelated: [case-studies/cardif]\n---\nBody.\n"));
    }

    [Fact]
    public void A_misspelt_cell()
    {
        Assert.Contains("did you mean 'internal/collective'", PageMessage(DiagnosticCodes.UnknownCell,
            "---\ntitle: Notes\nplacements:\n  - grid: change-grid\n    cell: internal/colective\n    reason: Because.\n---\nBody.\n"));
    }

    [Fact]
    public void A_misspelt_table_item()
    {
        Assert.Contains("did you mean 'benefits-and-risks/better-outcomes'", PageMessage(DiagnosticCodes.UnknownTableItem,
            "---\ntitle: Notes\nevidence:\n  - item: benefits-and-risks/beter-outcomes\n    note: How.\n---\nBody.\n"));
    }

    [Fact]
    public void A_misspelt_embed_kind()
    {
        Assert.Contains("did you mean 'grid'", PageMessage(DiagnosticCodes.UnknownEmbed, "---\ntitle: Notes\n---\nIntro.\n\n{{< gird change-grid >}}\n"));
    }

    [Fact]
    public void A_misspelt_see_also_term()
    {
        var message = MessageOf(DiagnosticCodes.UnknownTerm,
            "-- content/data/terms.yml --\n" +
            "- id: habitus\n  name: Habitus\n  see_also: [core-econmy]\n  explanation: Dispositions.\n" +
            "- id: core-economy\n  name: Core economy\n  aliases: [informal economy]\n  explanation: Unpaid work.\n");
        Assert.Contains("did you mean 'core-economy'", message);
    }

    [Fact]
    public void A_misspelt_pack_page()
    {
        using var site = SampleBriefing.Site(
            "-- site.config.yml --\ntitle: Test briefings\npacks:\n  - id: roundtable\n    title: Roundtable\n    pages: [case-studies/cardif]\n");
        Assert.Contains("did you mean 'case-studies/cardiff'", DiagnosticAssert.Single(site.Build(), DiagnosticCodes.UnknownPage).Message);
    }

    [Fact]
    public void A_name_far_from_every_known_one_gets_no_guess()
    {
        Assert.DoesNotContain("did you mean", PageMessage(DiagnosticCodes.UnknownKey, "---\ntitle: Notes\nxyzzy: Short.\n---\nBody.\n"));
    }
}
