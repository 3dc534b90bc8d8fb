using BriefingGen.Yaml;

namespace BriefingGen.Config;

/// <summary>The keys of <c>site.config.yml</c>: what <see cref="ConfigLoader"/> reads, reports unknown keys against, and the schema describes.</summary>
public static class ConfigKeys
{
    public static MapShape MenuEntry { get; } = new("a menu entry", "An entry of the header menu.",
    [
        new("title", ValueKind.Text, "The words shown in the menu.") { Required = true },
        new("url", ValueKind.Text, "A site path starting with '/' (such as /case-studies/) or an http(s) address.") { Required = true },
    ]);

    public static MapShape Markdown { get; } = new("'markdown'", "How Markdown is read.",
    [
        new("unsafe_html", ValueKind.Boolean, "Raw HTML in Markdown is shown as text unless true."),
    ]);

    public static MapShape Security { get; } = new("'security'", "What content may do.",
    [
        new("active_content", ValueKind.Boolean, "Files a browser would run (.html, .js, SVG with scripts...) in content/ are refused unless true."),
    ]);

    public static MapShape Limits { get; } = new("'limits'", "Limits that keep a build from running away.",
    [
        new("max_file_bytes", ValueKind.Integer, "Larger content or data files are an error (default 10485760)."),
        new("max_output_bytes", ValueKind.Integer, "A build writing more bytes in all fails (default 1 GiB)."),
        new("max_line_length", ValueKind.Integer, "Longer lines in a page are an error (default 20000, at least 80)."),
        new("max_text_length", ValueKind.Integer, "Longer texts in a data file are an error (default 100000, at least 1000)."),
    ]);

    public static MapShape Print { get; } = new("'print'", "Print editions and PDFs.",
    [
        new("editions", ValueKind.Boolean, "Make the print editions: a paper page for each case study, briefing and perspective, a handout for each case study, and the packs (default false; build --pdf makes them too)."),
        new("paper", ValueKind.Text, "The paper size of the PDFs (default A4).") { Allowed = ["A4", "Letter"] },
        new("browser", ValueKind.Text, "The path of the Chromium to print with (default: BRIEFINGGEN_CHROMIUM, else chromium, chromium-browser or google-chrome on PATH)."),
    ]);

    public static MapShape Search { get; } = new("'search'", "Search with Pagefind.",
    [
        new("pagefind", ValueKind.Text, "The path of the pagefind program, when it is not on PATH or in the site's node_modules."),
    ]);

    public static MapShape Pack { get; } = new("a pack", "A printed pack: a cover, contents and several pages printed as one PDF.",
    [
        new("id", ValueKind.Text, "The pack's id: lower-case letters, digits, '-' and '_'.") { Required = true },
        new("title", ValueKind.Text, "The pack's title, on its cover.") { Required = true },
        new("introduction", ValueKind.Text, "Markdown shown on the cover."),
        new("date", ValueKind.Date, "The meeting's date, YYYY-MM-DD, on the cover (default: the newest of its pages' dates)."),
        new("pages", ValueKind.TextList, "The pages it holds, in order, as section/slug.") { Required = true },
    ]);

    public static MapShape Site { get; } = new(ConfigLoader.FileName, "The settings of a BriefingGen site: site.config.yml.",
    [
        new("title", ValueKind.Text, "The site's name."),
        new("description", ValueKind.Text, "Used on the home page and in the meta description."),
        new("language", ValueKind.Text, "The language of the site (<html lang>, interface strings), such as en-GB or cy."),
        new("base_url", ValueKind.Text, "The absolute http(s) address the site is published at, for canonical links and PDFs."),
        new("author", ValueKind.Text, "The site's author."),
        new("organisation", ValueKind.Text, "The organisation publishing the briefings."),
        new("output", ValueKind.Text, "The output folder, relative to the site folder (default _site)."),
        new("menu", ValueKind.MapList, "The header menu.") { Entries = MenuEntry },
        new("social_cards", ValueKind.Boolean, "Make a social card image (og:image) for the home page, case studies, briefings, perspectives and packs (default true; made only when base_url is set, since og:image needs an absolute address)."),
        new("edit_link", ValueKind.Text, "An http(s) address for 'Edit this page' containing {path}, which is replaced by the page's source path."),
        new("markdown", ValueKind.Map, "How Markdown is read.") { Entries = Markdown },
        new("security", ValueKind.Map, "What content may do.") { Entries = Security },
        new("limits", ValueKind.Map, "Limits that keep a build from running away.") { Entries = Limits },
        new("print", ValueKind.Map, "Print editions and PDFs.") { Entries = Print },
        new("search", ValueKind.Map, "Search with Pagefind.") { Entries = Search },
        new("packs", ValueKind.MapList, "Printed packs of several pages.") { Entries = Pack },
    ]);
}
