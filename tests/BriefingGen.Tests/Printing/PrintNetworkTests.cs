using System.Net;
using System.Net.Sockets;
using BriefingGen.Diagnostics;
using BriefingGen.Printing;
using BriefingGen.Tests.Support;

namespace BriefingGen.Tests.Printing;

/// <summary>Printing makes no connection at all, even for raw HTML that points at a server on this machine.</summary>
public sealed class PrintNetworkTests
{
    [SkippableFact]
    public void Printing_raw_html_that_points_at_a_local_server_opens_no_connection_and_still_writes_the_pdf()
    {
        Skip.If(BrowserLocator.Find(null) is null, PrintedSite.NoBrowser);
        using var v4 = new TcpListener(IPAddress.Loopback, 0);
        v4.Start();
        var v4Port = ((IPEndPoint)v4.LocalEndpoint).Port;
        var v6 = TryListen(IPAddress.IPv6Loopback);
        var v6Port = v6 is null ? v4Port : ((IPEndPoint)v6.LocalEndpoint).Port;
        try
        {
            var body = string.Join("\n", new[]
            {
                $"http://127.0.0.1:{v4Port}", $"http://localhost:{v4Port}", $"http://localhost:{v6Port}", $"http://[::1]:{v6Port}",
            }.Select(Embeds));
            using var site = new TestSite(
                "-- site.config.yml --\ntitle: T\nmarkdown:\n  unsafe_html: true\n" +
                "-- content/_index.md --\n---\ntitle: Home\n---\nWelcome.\n" +
                "-- content/case-studies/a.md --\n---\ntitle: A case\nsummary: Short.\n---\nBody.\n\n" + body + "\n");
            var result = SiteBuilder.Build(new BuildOptions { Source = site.Root, Pdf = true, Search = false });

            Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
            DiagnosticAssert.Single(result, DiagnosticCodes.PrintNetworkBlocked); // the routing still sees and refuses them
            Assert.True(site.OutputExists("case-studies/a/a-paper.pdf"));
            Assert.True(site.OutputExists("case-studies/a/a-handout.pdf"));
            var connected = new List<string>();
            if (Accepted(v4))
            {
                connected.Add($"127.0.0.1:{v4Port}");
            }

            if (v6 is not null && Accepted(v6))
            {
                connected.Add($"[::1]:{v6Port}");
            }

            Assert.True(connected.Count == 0, "printing connected to " + string.Join(" and ", connected));
        }
        finally
        {
            v6?.Dispose();
        }
    }

    [SkippableFact]
    public async Task Printing_reads_no_file_outside_the_output_folder()
    {
        var browser = BrowserLocator.Find(null);
        Skip.If(browser is null, PrintedSite.NoBrowser);
        using var folder = new TemporaryFolder(Path.Combine(Path.GetTempPath(), "bg-print-files-" + Guid.NewGuid().ToString("N")[..8]));
        var output = Path.Combine(folder.Path, "_site");
        Directory.CreateDirectory(Path.Combine(output, "a"));
        File.WriteAllText(Path.Combine(folder.Path, "secret.html"), "<p>SecretOutsideTheOutput</p>");
        File.WriteAllText(Path.Combine(output, "inside.html"), "<p>FileInsideTheOutput</p>");
        var secret = new Uri(Path.Combine(folder.Path, "secret.html")).AbsoluteUri;
        var html = "<!DOCTYPE html><html><body><p>Body.</p>" +
                   "<iframe src=\"../inside.html\"></iframe>" + // the control: a frame of the site's own file is printed
                   $"<iframe src=\"{secret}\"></iframe><img src=\"{secret}\" alt=\"\">" +
                   "<iframe src=\"../../secret.html\"></iframe>" +
                   "<iframe src=\"/x%2F..%2F..%2Fsecret.html\"></iframe>" +
                   "<iframe src=\"/%2E%2E/secret.html\"></iframe>" +
                   "<iframe src=\"/..%2Fsecret.html\"></iframe>" +
                   "</body></html>";

        await using var printer = await PdfPrinter.StartAsync(browser!, output, SiteBuilder.PrintOrigin);
        var bytes = await printer.PrintAsync("a/index.html", html);

        using var pdf = UglyToad.PdfPig.PdfDocument.Open(bytes);
        var text = string.Concat(pdf.GetPages().Select(p => p.Text));
        Assert.Contains("FileInsideTheOutput", text);
        Assert.DoesNotContain("SecretOutsideTheOutput", text);
    }

    // Every kind of reference that makes Chromium fetch: frames, objects, images, media, style sheets, fonts, CSS url() and hints.
    private static string Embeds(string origin) =>
        $"<iframe src=\"{origin}/frame\"></iframe>\n" +
        $"<object data=\"{origin}/object\"></object>\n" +
        $"<img src=\"{origin}/image.png\" alt=\"\">\n" +
        $"<link rel=\"stylesheet\" href=\"{origin}/style.css\">\n" +
        $"<link rel=\"preconnect\" href=\"{origin}\">\n" +
        $"<div style=\"background-image: url('{origin}/background.png')\">x</div>\n" +
        $"<style>@import url('{origin}/imported.css'); @font-face {{ font-family: F; src: url('{origin}/font.woff2'); }} p {{ font-family: F; }}</style>\n" +
        $"<embed src=\"{origin}/embed\">\n<video src=\"{origin}/video.mp4\" poster=\"{origin}/poster.png\"></video>\n" +
        $"<img srcset=\"{origin}/set.png 2x\" alt=\"\">\n<link rel=\"dns-prefetch\" href=\"{origin}\">\n<link rel=\"prefetch\" href=\"{origin}/next\">\n";

    private static TcpListener? TryListen(IPAddress address)
    {
        try
        {
            var listener = new TcpListener(address, 0);
            listener.Start();
            return listener;
        }
        catch (SocketException)
        {
            return null; // no IPv6 loopback on this machine
        }
    }

    /// <summary>Whether a connection is waiting, or arrives within a short grace after the build.</summary>
    private static bool Accepted(TcpListener listener)
    {
        var accept = listener.AcceptTcpClientAsync();
        if (accept.Wait(TimeSpan.FromSeconds(1)))
        {
            accept.Result.Dispose();
            return true;
        }

        listener.Stop(); // ends the pending accept
        return false;
    }
}
