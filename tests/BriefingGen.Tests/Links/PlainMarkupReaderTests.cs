using System.Text;
using BriefingGen.Rendering.Links;
using BriefingGen.Tests.Hardening;
using BriefingGen.Tests.Support;
using Xunit.Abstractions;

namespace BriefingGen.Tests.Links;

/// <summary>
/// The link check reads a page's ids and links with a reader of plain markup, and with AngleSharp's tokenizer where
/// the page is not plain. The two must read the same: on every page of the bundled site, the small fixture and the
/// mutation fuzzer's first mutants (all plain but the mutants' odd ones), and on random markup made of pieces that meet
/// in odd ways, where the plain reader may give up but never reads differently.
/// </summary>
public sealed class PlainMarkupReaderTests(ITestOutputHelper output)
{
    [Fact]
    public void Every_page_of_the_bundled_site_is_read_plainly_as_AngleSharp_reads_it() =>
        Assert.Equal(0, NotPlain(Repository.Root, "bundled site"));

    [Fact]
    public void Every_page_of_the_small_fixture_is_read_plainly_as_AngleSharp_reads_it() =>
        Assert.Equal(0, NotPlain(Repository.Path("tests", "fixtures", "small-site"), "small fixture"));

    [Fact]
    public void The_fuzzer_s_mutants_are_read_as_AngleSharp_reads_them()
    {
        var files = MutationFuzzTests.BundledSite();
        var random = new Random(MutationFuzzTests.DefaultSeed);
        for (var i = 0; i < 12; i++)
        {
            var mutation = MutationFuzzTests.Mutate(files, random);
            using var site = HardeningSite.Empty();
            foreach (var (path, bytes) in files)
            {
                var full = Path.Combine(site.Site, path);
                Directory.CreateDirectory(Path.GetDirectoryName(full)!);
                File.WriteAllBytes(full, path == mutation.File ? mutation.Bytes : bytes);
            }

            NotPlain(site.Site, $"mutant {i}: {mutation}");
        }
    }

    // Pieces of markup that meet in odd ways: quotes of both kinds, character references, comments, raw text, tags cut short.
    private static readonly string[] Pieces =
    [
        "<a href=\"", "<link rel=\"", "<link href=", "<p id='", "<img src=", "<h2 ID=\"x\"", "<td", "<A HREF=", " id=\"", " href='", " src=",
        " class=\"", " rel=stylesheet", " rel=\"icon\"", "\"", "'", ">", "/>", "/", " ", "\n", "\t", "\r\n", "x", "#top", "a.html", "&amp;",
        "&quot;", "&lt;", "&#39;", "&copy;", "&amp", "&", "=", "`", "-", "--", "!", "</a>", "<script>", "</script>", "</SCRIPT ",
        "<style>", "</style>", "<title>", "</title >", "<textarea>", "</textarea>", "<noscript>", "</noscript>", "<!--", "-->",
        "--!>", "<!-", "<!-->", "<!DOCTYPE html>", "<!doctype x 'y'>", "<?x ?>", "<SCRIPT>", "<iframe>", "</iframe>", "<plaintext>",
        "<link", " rel='stylesheet'", " ID=", "<lin\u212A", " \u0130D=", "<scr\u0131pt>", "&#x27;", "&apos;", "&#60;", "<b/", "\f", "<![CDATA[x]]>", "</", "<", "</>", "<3", "<é>", "\u0000", "\uFFFF",
    ];

    [Fact]
    public void Random_markup_is_read_as_AngleSharp_reads_it_or_left_to_AngleSharp()
    {
        var random = new Random(20261207);
        var (plain, differ) = (0, new List<string>());
        for (var i = 0; i < 20_000; i++)
        {
            var html = new StringBuilder();
            for (var n = random.Next(1, 14); n > 0; n--)
            {
                html.Append(Pieces[random.Next(Pieces.Length)]);
            }

            var text = html.ToString();
            var (ids, urls) = (new HashSet<string>(StringComparer.Ordinal), new List<string>());
            if (!PlainMarkupReader.TryRead(text, ids, urls))
            {
                continue;
            }

            plain++;
            var read = HtmlLinkReader.ReadWithAngleSharp(text);
            if (!ids.SetEquals(read.Ids) || !urls.SequenceEqual(read.Urls, StringComparer.Ordinal))
            {
                differ.Add($"{Show(text)}\n  plain: ids [{string.Join(" ", ids)}] links [{string.Join(" ", urls)}]\n  AngleSharp: ids [{string.Join(" ", read.Ids)}] links [{string.Join(" ", read.Urls)}]");
            }
        }

        output.WriteLine($"{plain} of 20000 read plainly");
        Assert.True(differ.Count == 0, string.Join("\n", differ.Take(20)));
        Assert.True(plain > 4_000, $"only {plain} random texts were read plainly");
    }

    [Theory]
    [InlineData("<a href=\"x&amp;y\" id=a>t</a>", "a", "x&y")]
    [InlineData("<script>if (a < b) document.write('<a href=\"no\">')</script><a href=yes>", "", "yes")]
    [InlineData("<title><a href=\"no\"></title ><img src='i.png'>", "", "i.png")]
    [InlineData("<!-- <a href=\"no\"> --><link rel=\"canonical\" href=\"c\"><link rel=stylesheet href=s.css>", "", "s.css")]
    [InlineData("<!DOCTYPE html><p ID=\"Top\" class=\"a>b\">", "Top", "")]
    public void Plain_markup_gives_its_ids_and_links(string html, string id, string url)
    {
        var (ids, urls) = (new HashSet<string>(StringComparer.Ordinal), new List<string>());
        Assert.True(PlainMarkupReader.TryRead(html, ids, urls));
        Assert.Equal(id.Length == 0 ? [] : [id], ids);
        Assert.Equal(url.Length == 0 ? [] : [url], urls);
    }

    [Theory]
    [InlineData("<a href=\"x&copy;\">")] // a named reference beyond the XML five
    [InlineData("<a href=\"x\" href=\"y\">")] // an attribute given twice
    [InlineData("<a href=\"x\r\ny\">")] // a carriage return
    [InlineData("<a href=\"x")] // a tag the text ends in
    [InlineData("<script><!-- </script> --></script>")] // a script's escaped text
    [InlineData("<![CDATA[<a href=x>]]>")]
    [InlineData("<lin\u212A rel=\"canonical\" href=\"c\">")] // a name outside ASCII (the Kelvin sign)
    public void Markup_with_HTML_s_special_cases_is_left_to_AngleSharp(string html) =>
        Assert.False(PlainMarkupReader.TryRead(html, [], []));

    [Fact]
    public void Markup_with_U_FFFF_which_AngleSharp_reads_as_the_end_of_the_text_is_left_to_it() =>
        // Built in code: test data might not carry a noncharacter through as it is.
        Assert.False(PlainMarkupReader.TryRead("\uFFFF<a id=x href=y>", [], []));

    // The pages a site renders: how many were not plain, each read by both readers and compared.
    private int NotPlain(string source, string name)
    {
        var (site, renderer, _) = SitePipeline.Renderer(new BuildOptions { Source = source, Search = false });
        var (rendered, notPlain) = (0, 0);
        var differ = new List<string>();
        foreach (var page in site.Pages)
        {
            if (renderer.Render(page) is not { } html || !html.OutputPath.EndsWith(".html", StringComparison.Ordinal) && !html.OutputPath.EndsWith(".xml", StringComparison.Ordinal))
            {
                continue;
            }

            rendered++;
            var (ids, urls) = (new HashSet<string>(StringComparer.Ordinal), new List<string>());
            if (!PlainMarkupReader.TryRead(html.Html, ids, urls))
            {
                notPlain++;
                output.WriteLine($"{name}: {html.OutputPath} is not plain markup");
                continue;
            }

            var read = HtmlLinkReader.ReadWithAngleSharp(html.Html);
            if (!ids.SetEquals(read.Ids) || !urls.SequenceEqual(read.Urls, StringComparer.Ordinal))
            {
                differ.Add($"{html.OutputPath}: plain reader ids [{string.Join(" ", ids.Order(StringComparer.Ordinal))}] links [{string.Join(" ", urls)}], " +
                           $"AngleSharp ids [{string.Join(" ", read.Ids.Order(StringComparer.Ordinal))}] links [{string.Join(" ", read.Urls)}]");
            }
        }

        output.WriteLine($"{name}: {rendered - notPlain} of {rendered} pages read plainly");
        Assert.True(differ.Count == 0, $"{name}:\n" + string.Join("\n", differ));
        return notPlain;
    }

    private static string Show(string text) => text.Replace("\r", "\\r", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal).Replace("\0", "\\0", StringComparison.Ordinal);
}
