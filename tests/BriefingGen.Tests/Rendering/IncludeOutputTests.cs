using BriefingGen.Tests.Support;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace BriefingGen.Tests.Rendering;

/// <summary>
/// A layout's includes and captures are written into the page in place, not copied through strings; what the page
/// gets is what Scriban's own include and capture give, wherever the include stands.
/// </summary>
public sealed class IncludeOutputTests
{
    private static readonly Dictionary<string, string> Partials = new(StringComparer.Ordinal)
    {
        ["partials/one.html"] = "one",
        ["partials/lines.html"] = "<li>a</li>\n<li>b</li>\n",
        ["partials/nested.html"] = "[{{ include \"partials/one.html\" }}]\n  {{ include \"partials/lines.html\" }}\n",
        ["partials/returns.html"] = "before{{ ret }}after",
    };

    [Theory]
    [InlineData("A{{ include \"partials/one.html\" }}B\n")]
    [InlineData("<ul>\n  {{ include \"partials/lines.html\" }}\n</ul>\n{{ include \"partials/lines.html\" }}end\n")]
    [InlineData("{{ include \"partials/nested.html\" }}\n  x {{ include \"partials/nested.html\" }}\n")]
    [InlineData("{{ x = include \"partials/one.html\" }}{{ x }}{{ x }} {{ (include \"partials/lines.html\") | string.size }}\n")]
    [InlineData("{{ capture c }}cap {{ include \"partials/one.html\" }}\n{{ end }}{{ c }}{{ c }}|{{ c | string.size }}\n")]
    [InlineData("{{ include \"partials/returns.html\" }}after the include\n")]
    [InlineData("{{ if true }}\n    {{ include \"partials/lines.html\" }}\n{{ end }}{{ for i in 1..2 }}{{ include \"partials/one.html\" }}{{ end }}\n")]
    public void A_layout_s_includes_write_what_Scriban_s_own_include_writes(string layout)
    {
        using var site = TestSite.With("-- content/about.md --\n---\ntitle: About\n---\nText.\n");
        site.WriteFile("templates/layouts/page.html", layout);
        foreach (var (name, text) in Partials)
        {
            site.WriteFile("templates/" + name, text);
        }

        DiagnosticAssert.Clean(site.Build());

        Assert.Equal(ScribanRenders(layout), site.ReadOutput("about/index.html"));
    }

    [Fact]
    public void A_captured_page_written_raw_is_the_captured_markup_each_time_it_is_written()
    {
        using var site = TestSite.With("-- content/about.md --\n---\ntitle: About\n---\nText.\n");
        site.WriteFile("templates/layouts/page.html",
            "{{ capture main }}<p class=\"x\">{{ page.title }} & {{ include \"partials/one.html\" }}</p>\n{{ end }}{{ main | raw }}{{ main | raw }}{{ main }}");
        site.WriteFile("templates/partials/one.html", "one");
        DiagnosticAssert.Clean(site.Build());

        const string captured = "<p class=\"x\">About & one</p>\n";
        Assert.Equal(captured + captured + "&lt;p class=&quot;x&quot;&gt;About &amp; one&lt;/p&gt;\n", site.ReadOutput("about/index.html"));
    }

    // The layout rendered by Scriban alone, with its own include, from the same files.
    private static string ScribanRenders(string layout)
    {
        var context = new TemplateContext { TemplateLoader = new Loader(), NewLine = "\n" };
        return Template.Parse(layout, "layouts/page.html").Render(context);
    }

    private sealed class Loader : ITemplateLoader
    {
        public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName) => templateName;

        public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath) => Partials[templatePath];

        public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) => ValueTask.FromResult<string?>(Partials[templatePath]);
    }
}
