using System.Globalization;
using System.Text;
using BriefingGen.Model;
using BriefingGen.Model.Language;
using Scriban.Runtime;

namespace BriefingGen.Rendering;

/// <summary>What the print layouts see: the source page (or a pack's pages), plus the paper size, running header, web address and "cite as" line.</summary>
public static class PrintModel
{
    public static ScriptObject Paper(RenderContext context, Page source)
    {
        context.ResolvingFrom = source.SourcePath;
        // A handout shows no body text, so it is not rendered for one.
        var content = context.Page.Kind == PageKind.Handout ? "" : BriefingHtmlRenderer.RenderBody(context.BodyOf(source)!, context);
        var model = PageModel.Page(context, source, content);
        AddPrint(model, context, PageTitles.Shown(source, context), source.Url);
        model["cite_as"] = CiteAs(context.Site, source, context.Text);
        model["print_kind"] = PageKinds.Name(context.Page.Kind);
        var pdf = context.Link(context.Page.Kind == PageKind.Handout ? PrintPages.HandoutPdf(source) : PrintPages.PaperPdf(source));
        model["pdf"] = pdf;
        AddScreenBar(model, context, context.Link(source.Url), pdf);
        return model;
    }

    public static ScriptObject Pack(RenderContext context, Pack pack)
    {
        var site = context.Site;
        var sources = pack.PageUrls.Select(context.FindPage).OfType<Page>().ToList();
        var papers = new ScriptArray();
        var number = 0;
        var works = sources.SelectMany(s => context.UsesOf(s.Url).References).Distinct()
            .Select(context.FindReference).OfType<Reference>().OrderBy(CitationFormatter.SortKey, StringComparer.Ordinal).ToList();
        var glossary = sources.SelectMany(s => context.UsesOf(s.Url).Terms).Distinct()
            .Select(context.FindTerm).OfType<Term>().OrderBy(t => t.Name, StringComparer.OrdinalIgnoreCase).ToList();
        // Each paper's ids start with its own prefix, and its term links and citations lead to the pack's glossary and
        // bibliography (to the site's, for anything those do not hold: a term shown only inside an embedded item).
        context.LinksWithinPack = true;
        context.PackTermIds = glossary.Select(t => t.Id).ToHashSet(StringComparer.Ordinal);
        context.PackReferenceIds = works.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var source in sources)
        {
            number++;
            context.ResolvingFrom = source.SourcePath;
            context.IdPrefix = $"paper-{number}-";
            var paper = PageModel.Page(context, source, BriefingHtmlRenderer.RenderBody(context.BodyOf(source)!, context));
            paper["number"] = number;
            paper["anchor"] = $"paper-{number}";
            paper["id_prefix"] = context.IdPrefix;
            paper["cite_as"] = CiteAs(site, source, context.Text);
            paper["header"] = new RawHtml(CssString(PageTitles.Shown(source, context)));
            AddAddress(paper, site, source.Url);
            papers.Add(paper);
        }

        // The introduction is written in site.config.yml, not in any paper's Markdown: its links are not read from a paper's place.
        context.ResolvingFrom = null;
        context.IdPrefix = "";
        context.LinksWithinPack = false;

        var references = works.Select(r => new ScriptObject { ["id"] = r.Id, ["anchor"] = RenderContext.PackReferenceAnchor(r.Id), ["html"] = ItemHtml.BibliographyEntry(r, context) });
        var terms = glossary.Select(t => new ScriptObject { ["name"] = t.Name, ["anchor"] = RenderContext.PackTermAnchor(t), ["explanation"] = t.Explanation, ["link"] = context.TermLink(t) });
        var model = new ScriptObject
        {
            ["title"] = pack.Title,
            ["introduction"] = pack.Introduction is null ? null : new RawHtml(BriefingHtmlRenderer.RenderBody(Markdig.Markdown.Parse(pack.Introduction, context.Pipeline), context)),
            ["papers"] = papers,
            ["references"] = ToArray(references),
            ["terms"] = ToArray(terms),
            ["pdf"] = context.Link(pack.PdfPath),
            ["kind"] = "pack",
        };
        AddPrint(model, context, pack.Title, pack.Url);
        AddScreenBar(model, context, context.Link(PrintPages.PacksUrl, pack.Anchor), context.Link(pack.PdfPath));
        var date = PackDate(pack, sources);
        model["date"] = date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        model["date_long"] = date is { } day ? context.Text.LongDate(day) : null;
        model["social_card"] = PageModel.SocialCard(context);
        return model;
    }

    private static void AddPrint(ScriptObject model, RenderContext context, string runningTitle, string url)
    {
        var site = context.Site;
        model["paper_size"] = site.Config.Print.Paper;
        // Margin boxes take their text from CSS strings; these are escaped for CSS, and marked raw so HTML escaping leaves them be.
        model["header_css"] = new RawHtml(CssString(runningTitle));
        model["footer_css"] = new RawHtml(CssString(site.Config.Title));
        AddAddress(model, site, url);
    }

    /// <summary>
    /// The page's address online, its QR code and the address in the page margin: only with a base URL, since a bare
    /// path on paper leads nowhere (a --pdf build warns once instead, BG0705).
    /// </summary>
    private static void AddAddress(ScriptObject model, Site site, string url)
    {
        var webUrl = site.Config.BaseUrl is null ? null : PageModel.WebUrl(site, url);
        model["web_url"] = webUrl;
        model["web_link"] = webUrl;
        model["qr_code"] = webUrl is null ? null : QrCode.Encode(webUrl);
        model["url_css"] = new RawHtml(webUrl is null ? "none" : CssString(webUrl));
    }

    // A print edition opened on screen has a bar back to the web and to its PDF, when the build printed one.
    private static void AddScreenBar(ScriptObject model, RenderContext context, string back, string pdf)
    {
        model["back_link"] = back;
        model["pdf_download"] = context.PdfsEnabled ? pdf : null;
    }

    // A pack is dated by its own date, else by the newest of its pages.
    private static DateOnly? PackDate(Pack pack, IReadOnlyList<Page> pages) => pack.Date ?? pages.Max(p => p.Date);

    /// <summary>How to cite a page, in the words of the site's language (see <see cref="CitationFormatter.PageText"/>).</summary>
    public static string CiteAs(Site site, Page page, InterfaceText text) => CitationFormatter.PageText(PageCitation.Of(page, site, text), text);

    /// <summary>A CSS string literal: quotes, backslashes, line breaks and '&lt;' escaped, so content can neither end the string nor the style element.</summary>
    public static string CssString(string text)
    {
        var css = new StringBuilder("\"");
        foreach (var c in text)
        {
            if (c is '"' or '\\' or '<' or '>' or '&' || char.IsControl(c))
            {
                css.Append('\\').Append(((int)c).ToString("x", CultureInfo.InvariantCulture)).Append(' ');
            }
            else
            {
                css.Append(c);
            }
        }

        return css.Append('"').ToString();
    }

    private static ScriptArray ToArray(IEnumerable<object> items)
    {
        var array = new ScriptArray();
        foreach (var item in items)
        {
            array.Add(item);
        }

        return array;
    }
}
