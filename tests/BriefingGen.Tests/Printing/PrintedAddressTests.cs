using System.Diagnostics;
using BriefingGen.Diagnostics;
using BriefingGen.Printing;
using BriefingGen.Tests.Support;

namespace BriefingGen.Tests.Printing;

/// <summary>
/// Paper leads back to the web: with a base URL each paper, handout and pack prints its full address and a QR code a
/// phone can scan; without one it prints no bare path that leads nowhere, and a PDF build says why.
/// </summary>
public sealed class PrintedAddressTests
{
    private const string Pages =
        "-- content/_index.md --\n---\ntitle: Home\n---\n" +
        "-- content/case-studies/a.md --\n---\ntitle: A case\nsummary: Short.\ndate: 2024-03-01\n---\nBody.\n" +
        "-- content/case-studies/b.md --\n---\ntitle: B case\nsummary: Short.\ndate: 2025-06-30\n---\nBody.\n";

    private const string Pack = "packs:\n  - id: meeting\n    title: Meeting pack\n    pages: [case-studies/a, case-studies/b]\n";

    [Fact]
    public void Without_a_base_url_print_pages_show_no_address_qr_code_or_bare_path()
    {
        using var site = new TestSite("-- site.config.yml --\ntitle: T\nprint: { editions: true }\n" + Pack + Pages);
        DiagnosticAssert.Clean(site.Build(strict: true)); // no PDFs asked for: nothing to warn about

        foreach (var page in new[] { "case-studies/a/paper/index.html", "case-studies/a/handout/index.html", "packs/meeting/index.html" })
        {
            var html = site.ReadOutput(page);
            Assert.DoesNotContain("web-address", html);
            Assert.DoesNotContain("qr-code", html);
            Assert.DoesNotContain("\"/case-studies/a/\"", html); // the margin's address
            Assert.DoesNotContain("Available at: /", html);
            Assert.Contains("@bottom-left { content: \"T\"; }", html); // the site's title in the footer instead
        }
    }

    [Fact]
    public void With_a_base_url_print_pages_show_the_full_address_and_its_qr_code()
    {
        using var site = new TestSite("-- site.config.yml --\ntitle: T\nprint: { editions: true }\nbase_url: https://example.org/briefings/\n" + Pack + Pages);
        DiagnosticAssert.Clean(site.Build(strict: true));

        var paper = site.ReadOutput("case-studies/a/paper/index.html");
        Assert.Contains("<a href=\"https://example.org/briefings/case-studies/a/\">https://example.org/briefings/case-studies/a/</a>", paper);
        Assert.Contains("<svg class=\"qr-code\"", paper);
        Assert.Contains("aria-label=\"QR code: https://example.org/briefings/case-studies/a/\"", paper);
        Assert.Contains("@bottom-left { content: \"https://example.org/briefings/case-studies/a/\"; }", paper);
        Assert.Contains("<svg class=\"qr-code\"", site.ReadOutput("case-studies/a/handout/index.html"));
        var pack = site.ReadOutput("packs/meeting/index.html");
        Assert.Contains("aria-label=\"QR code: https://example.org/briefings/packs/meeting/\"", pack);
    }

    [Fact]
    public void A_pack_cover_shows_the_packs_date_else_its_newest_pages()
    {
        using var undated = new TestSite("-- site.config.yml --\ntitle: T\nprint: { editions: true }\n" + Pack + Pages);
        DiagnosticAssert.Clean(undated.Build());
        Assert.Contains("<time datetime=\"2025-06-30\">30 June 2025</time>", undated.ReadOutput("packs/meeting/index.html"));

        using var dated = new TestSite("-- site.config.yml --\ntitle: T\nprint: { editions: true }\n" + Pack + "    date: 2026-12-10\n" + Pages);
        DiagnosticAssert.Clean(dated.Build());
        Assert.Contains("<time datetime=\"2026-12-10\">10 December 2026</time>", dated.ReadOutput("packs/meeting/index.html"));
    }

    [SkippableFact]
    public void A_pdf_build_without_a_base_url_warns_once_and_fails_under_strict()
    {
        Skip.If(BrowserLocator.Find(null) is null, PrintedSite.NoBrowser);
        using var site = new TestSite("-- site.config.yml --\ntitle: T\nprint: { editions: true }\n" + Pages);
        var result = SiteBuilder.Build(new BuildOptions { Source = site.Root, Pdf = true });
        var warning = DiagnosticAssert.Single(result, DiagnosticCodes.PrintWithoutAddress);
        Assert.Contains("base_url", warning.Message);
        Assert.False(SiteBuilder.Build(new BuildOptions { Source = site.Root, Pdf = true, Strict = true }).Succeeded);
    }

    [SkippableFact]
    public void The_qr_code_on_each_first_page_scans_to_the_pages_web_address()
    {
        Skip.If(Tool("zbarimg") is null, "zbarimg is not installed (apt-get install zbar-tools); .ci/run installs it");
        Skip.If(Tool("pdftoppm") is null, "pdftoppm is not installed (apt-get install poppler-utils); .ci/run installs it");
        var site = PrintedSite.Get();
        var expected = new Dictionary<string, string>
        {
            ["case-studies/st-marys-estate/st-marys-estate-handout.pdf"] = "https://forum.example.org/briefings/case-studies/st-marys-estate/",
            ["case-studies/st-marys-estate/st-marys-estate-paper.pdf"] = "https://forum.example.org/briefings/case-studies/st-marys-estate/",
            ["packs/roundtable-pack/roundtable-pack.pdf"] = "https://forum.example.org/briefings/packs/roundtable-pack/",
        };
        foreach (var (pdf, url) in expected)
        {
            using var folder = new TemporaryFolder(Directory.CreateTempSubdirectory("bg-qr-").FullName);
            Run("pdftoppm", "-png", "-r", "150", "-f", "1", "-l", "1", Path.Combine(site.Output, pdf), Path.Combine(folder.Path, "page"));
            var png = Directory.EnumerateFiles(folder.Path, "*.png").Single();
            Assert.Equal(url, Run("zbarimg", "-q", "--raw", png).Trim());
        }
    }

    [SkippableFact]
    public void A_pack_cover_has_no_running_header_or_page_number()
    {
        var site = PrintedSite.Get();
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(Path.Combine(site.Output, "packs/roundtable-pack/roundtable-pack.pdf"));
        var cover = pdf.GetPage(1).Text;
        Assert.DoesNotContain("Page 1 of", cover.Replace("\n", " "));
        Assert.Contains("Page 2 of", pdf.GetPage(2).Text);
    }

    [SkippableFact]
    public void Every_pages_footer_prints_its_address_on_one_line()
    {
        var site = PrintedSite.Get();
        foreach (var file in site.Pdfs("*.pdf"))
        {
            using var pdf = UglyToad.PdfPig.PdfDocument.Open(file);
            foreach (var page in pdf.GetPages().Where(p => p.Number > 1 || !file.Contains("pack", StringComparison.Ordinal)))
            {
                // The footer sits in the bottom margin (24 mm): its words there, by line.
                var footerLines = page.GetWords().Where(w => w.BoundingBox.Top < 24 / 25.4 * 72)
                    .GroupBy(w => Math.Round(w.BoundingBox.Bottom)).ToList();
                var address = footerLines.SelectMany(l => l).Where(w => w.Text.StartsWith("https://", StringComparison.Ordinal)).ToList();
                Assert.True(address.Count == 1, $"{Path.GetFileName(file)} page {page.Number}: the footer's address is not one word on one line");
                Assert.EndsWith("/", address[0].Text);
                Assert.Single(footerLines);
            }
        }
    }

    private static string? Tool(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Select(d => Path.Combine(d, name)).FirstOrDefault(File.Exists);

    private static string Run(string tool, params string[] arguments)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        _ = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(60_000), $"{tool} did not finish");
        return output.Result;
    }
}
