using System.Text;
using BriefingGen.Printing;
using BriefingGen.Tests.Support;
using UglyToad.PdfPig;

namespace BriefingGen.Tests.Printing;

/// <summary>A table longer than a page prints across pages between its rows, its header row on each page, leaving no page half empty.</summary>
public sealed class LongTablePrintTests
{
    [SkippableFact]
    public void A_long_table_breaks_between_rows_and_repeats_its_header_row()
    {
        Skip.If(BrowserLocator.Find(null) is null, PrintedSite.NoBrowser);
        var table = new StringBuilder("Intro paragraph before the table.\n\n| Year heading | What happened heading |\n|---|---|\n");
        for (var i = 1; i <= 90; i++)
        {
            table.Append($"| {1900 + i} | Event number {i} in the long table, described in a sentence or two so that rows have some height. |\n");
        }

        using var site = new TestSite("-- site.config.yml --\ntitle: T\nbase_url: https://example.org/\n" +
                                      "-- content/case-studies/long.md --\n---\ntitle: Long table\n---\n" + table + "\nAfter the table.\n");
        var result = SiteBuilder.Build(new BuildOptions { Source = site.Root, Pdf = true });
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var bytes = File.ReadAllBytes(Path.Combine(site.Output, "case-studies/long/long-paper.pdf"));

        using var pdf = PdfDocument.Open(bytes);
        var pagesWithRows = pdf.GetPages().Where(p => p.Text.Contains("Event number", StringComparison.Ordinal)).ToList();
        Assert.True(pagesWithRows.Count >= 2, $"the table spans {pagesWithRows.Count} page(s)");
        Assert.All(pagesWithRows, p => Assert.Contains("What happened heading", p.Text));
        // A row split across pages would start its sentence on one page and end it on the next.
        // (Compared without spaces: how a PDF's text spaces its words depends on the font.)
        Assert.All(pagesWithRows, p => Assert.Equal(Count(Squash(p.Text), "Eventnumber"), Count(Squash(p.Text), "someheight.")));
        Assert.Empty(PdfTests.HalfEmptyPages(bytes));
    }

    private static string Squash(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

    private static int Count(string text, string part) => (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;
}
