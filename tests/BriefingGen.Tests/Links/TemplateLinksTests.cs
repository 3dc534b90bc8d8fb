using BriefingGen.Loading;
using BriefingGen.Rendering.Links;
using BriefingGen.Tests.Support;
using Scriban;

namespace BriefingGen.Tests.Links;

/// <summary>
/// A template's literal text is read for links once, not on every page it renders: the tags it writes, their id, href,
/// src and rel values (literal, or the output written into them), and where each output statement writes. What that
/// reading says must be what AngleSharp reads from the text the template writes, on every path through it.
/// </summary>
public sealed class TemplateLinksTests
{
    public static TheoryData<string> Templates()
    {
        var names = new TheoryData<string>();
        foreach (var (name, _) in TemplateTexts())
        {
            names.Add(name);
        }

        return names;
    }

    // The theme's templates and the bundled site's own (the small fixture has none of its own).
    private static IEnumerable<(string Name, string Text)> TemplateTexts()
    {
        foreach (var (name, bytes) in EmbeddedTheme.All.Where(f => f.Name.EndsWith(".html", StringComparison.Ordinal) || f.Name.EndsWith(".xml", StringComparison.Ordinal)))
        {
            yield return ("theme/" + name, System.Text.Encoding.UTF8.GetString(bytes));
        }

        foreach (var file in Directory.EnumerateFiles(Repository.Path("templates"), "*.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            yield return (Path.GetRelativePath(Repository.Root, file).Replace('\\', '/'), File.ReadAllText(file));
        }
    }

    private static string TextOf(string name) => TemplateTexts().Single(t => t.Name == name).Text;

    [Theory]
    [MemberData(nameof(Templates))]
    public void Every_bundled_template_is_read_for_links_once(string name)
    {
        var links = TemplateLinks.Of(Template.Parse(TextOf(name), name));

        Assert.Null(links.Refused);
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public void What_a_template_is_read_to_write_is_what_AngleSharp_reads_on_every_path(string name)
    {
        var template = Template.Parse(TextOf(name), name);
        var links = TemplateLinks.Of(template);
        if (links.Refused is not null)
        {
            return; // the test above names it
        }

        foreach (var policy in TemplatePaths.Policies)
        {
            foreach (var output in TemplatePaths.Write(template, policy))
            {
                Assert.Equal(TemplatePaths.Read(TemplatePaths.TextOf(output)), TemplatePaths.Analysed(links, output));
            }
        }
    }

    [Theory]
    [InlineData("<a href=\"{{ x }}\">A</a>", "a:href={}")]
    [InlineData("<link rel=\"stylesheet\" href=\"{{ site.root }}assets/style.css\">", "link:rel=stylesheet;href={}assets/style.css")]
    [InlineData("<h2 ID='notes' class=\"{{ c }}\">N</h2><img src=x.png alt=\"{{ a }}\">", "h2:id=notes|img:src=x.png")]
    [InlineData("<title>{{ t }} <a href=\"no\"></title><p id=\"{{ prefix }}p\">", "p:id={}p")]
    [InlineData("<!-- <a href=\"no\"> --><script>if (a < b) { x = '<a href=\"no\">'; }</script><a href=\"#top\">", "a:href=#top")]
    [InlineData("<?xml version=\"1.0\"?><!DOCTYPE html><a href=\"x\">", "a:href=x")]
    [InlineData("<td{{ if m }} id=\"{{ p }}{{ a }}\"{{ end }}{{ if k }} class=\"marked\"{{ end }}>", "td:id={}{}")]
    [InlineData("{{ if x }}<a href=\"a\">{{ else }}<a href=\"b\">{{ end }}{{ for i in l }}<li id=\"i{{ i }}\">{{ end }}", "a:href=a|li:id=i{}")]
    [InlineData("<h{{ level }} id=\"h-{{ id }}\">T</h{{ level }}>", "h{}:id=h-{}")]
    public void Literal_links_and_the_outputs_written_into_them_are_known(string text, string expected)
    {
        var template = Template.Parse(text);
        var links = TemplateLinks.Of(template);

        Assert.Null(links.Refused);
        var path = TemplatePaths.Write(template, TemplatePaths.Policies[0]).Single();
        Assert.Equal(expected, System.Text.RegularExpressions.Regex.Replace(string.Join("|", TemplatePaths.Analysed(links, path)), "\u27e6[0-9]+\u27e7", "{}"));
        Assert.Equal(TemplatePaths.Read(TemplatePaths.TextOf(path)), TemplatePaths.Analysed(links, path));
    }

    [Fact]
    public void Each_output_statement_is_known_to_write_markup_a_link_value_or_neither()
    {
        var template = Template.Parse("<p class=\"{{ a }}\">{{ b }}</p><a href=\"{{ c }}\">{{ d | raw }}</a><style>{{ e }}</style>");
        var links = TemplateLinks.Of(template);

        Assert.Null(links.Refused);
        Assert.Equal([HoleKind.Other, HoleKind.Markup, HoleKind.LinkValue, HoleKind.Markup, HoleKind.Text],
            links.Holes.OrderBy(h => h.Key.Span.Start.Offset).Select(h => h.Value));
    }

    // Pieces of markup that meet in odd ways: quotes of both kinds, tags cut by outputs and ifs, comments, script and title text.
    private static readonly string[] Pieces =
    [
        "<a href=\"", "<link rel=\"", "<p id='", "<img src=", "<h2 ID=\"x\"", "<td", " id=\"", " href='", " class=\"", " rel=stylesheet",
        "\"", "'", ">", "/>", " ", "\n", "x", "#top", "a.html", "</a>", "<script>", "</script>", "<title>", "</title >", "<!--", "-->",
        "<!-", "<?x ?>", "</", "<", "=", "-", "{{ v }}", "{{ w | raw }}", "{{ n = 1 }}",
    ];

    [Fact]
    public void Random_templates_are_read_as_AngleSharp_reads_them_or_refused()
    {
        var random = new Random(20261207);
        var read = 0;
        for (var i = 0; i < 3000; i++)
        {
            var text = new System.Text.StringBuilder();
            var open = 0;
            for (var n = random.Next(1, 14); n > 0; n--)
            {
                switch (random.Next(10))
                {
                    case 0:
                        text.Append(random.Next(2) == 0 ? "{{ if c }}" : "{{ for i in l }}");
                        open++;
                        break;
                    case 1 when open > 0:
                        text.Append(random.Next(3) == 0 ? "{{ else }}" : "{{ end }}");
                        open -= text.ToString().EndsWith("{{ end }}", StringComparison.Ordinal) ? 1 : 0;
                        break;
                    default:
                        text.Append(Pieces[random.Next(Pieces.Length)]);
                        break;
                }
            }

            text.Append(string.Concat(Enumerable.Repeat("{{ end }}", open)));
            var template = Template.Parse(text.ToString());
            if (template.HasErrors)
            {
                continue;
            }

            var links = TemplateLinks.Of(template);
            if (links.Refused is not null)
            {
                continue;
            }

            read++;
            foreach (var policy in TemplatePaths.Policies)
            {
                foreach (var output in TemplatePaths.Write(template, policy))
                {
                    Assert.True(TemplatePaths.Read(TemplatePaths.TextOf(output)).SequenceEqual(TemplatePaths.Analysed(links, output)), $"template {i}: {text}");
                }
            }
        }

        Assert.True(read > 300, $"only {read} of the random templates were read"); // the test says little if nearly all are refused
    }

    [Theory]
    [InlineData("<a href={{ x }}>", "unquoted value")]
    [InlineData("<a {{ attributes }}>", "between its attributes")]
    [InlineData("<s{{ x }}>", "tag's name")]
    [InlineData("<a href=\"x&amp;y\">", "character reference")]
    [InlineData("<a href=\"x\" href=\"y\">", "written twice")]
    [InlineData("{{ if x }}<a href=\"{{ end }}\">", "different")]
    [InlineData("<p>{{ capture c }}<a href=\"{{ end }}</p>", "ends inside")]
    [InlineData("<!-- {{ note }} -->", "comment")]
    [InlineData("<script><!-- x --></script>", "script")]
    public void A_template_whose_text_cannot_be_read_alone_is_refused_with_why(string text, string why)
    {
        var links = TemplateLinks.Of(Template.Parse(text));

        Assert.Contains(why, links.Refused);
    }

    [Fact]
    public void Raw_statements_are_the_text_the_template_writes()
    {
        // Whitespace control (~, -) trims the literal text when the template is parsed, so the analysis reads what is written.
        var template = Template.Parse("<ul>\n  {{~ for i in l ~}}\n  <li>{{ i }}</li>\n  {{~ end ~}}\n</ul>");
        var texts = TemplatePaths.Write(template, TemplatePaths.Policies[0]).Single();

        var item = TemplatePaths.Placeholder(texts.Single(p => p.Hole is not null).Hole!);

        Assert.Equal(template.Render(new { l = new[] { item } }), TemplatePaths.TextOf(texts));
    }
}
