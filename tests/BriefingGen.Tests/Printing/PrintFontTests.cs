using UglyToad.PdfPig;

namespace BriefingGen.Tests.Printing;

/// <summary>The PDFs are set in the web pages' fonts, from the theme's own files, not in whatever the printing machine has.</summary>
public sealed class PrintFontTests
{
    [SkippableFact]
    public void Papers_set_their_text_in_noto_serif_and_their_headings_in_inter()
    {
        var site = PrintedSite.Get();
        Assert.True(site.Result.Succeeded, string.Join("\n", site.Result.Diagnostics));

        foreach (var file in site.Pdfs("*-paper.pdf").Take(1).Concat(site.Pdfs("*-handout.pdf").Take(1)))
        {
            using var pdf = PdfDocument.Open(file);
            var fonts = pdf.GetPages().SelectMany(p => p.Letters).Select(l => l.FontName ?? "").Distinct().ToList();
            // Embedded subsets are named PREFIX+PostScriptName: Inter-Bold, NotoSerif-Regular...
            Assert.Contains(fonts, f => f.Contains("NotoSerif-Regular", StringComparison.Ordinal));
            Assert.Contains(fonts, f => f.Contains("Inter-", StringComparison.Ordinal));
            Assert.DoesNotContain(fonts, f => f.Contains("Liberation", StringComparison.Ordinal) || f.Contains("DejaVu", StringComparison.Ordinal));
        }
    }
}
