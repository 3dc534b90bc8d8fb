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
        var content = context.Page.Kind == PageKind.Handout ? "" : BriefingHtmlRenderer.RenderBody(source.Body!, context);
        var model = PageModel.Page(context, source, content);
        AddPrint(model, context, PageTitles.Of(source, context), PageModel.WebUrl(context.Site, source));
        model["cite_as"] = CiteAs(context.Site, source, context.Text);
        model["print_kind"] = PageKinds.Name(context.Page.Kind);
        model["pdf"] = context.Link(context.Page.Kind == PageKind.Handout ? PrintPages.HandoutPdf(source) : PrintPages.PaperPdf(source));
        return model;
    }

    public static ScriptObject Pack(RenderContext context, Pack pack)
    {
        var site = context.Site;
        var sources = pack.PageUrls.Select(site.Find).OfType<Page>().ToList();
        var papers = new ScriptArray();
        var number = 0;
        foreach (var source in sources)
        {
            number++;
            context.ResolvingFrom = source.SourcePath;
            var paper = PageModel.Page(context, source, BriefingHtmlRenderer.RenderBody(source.Body!, context));
            paper["number"] = number;
            paper["anchor"] = $"paper-{number}";
            paper["cite_as"] = CiteAs(site, source, context.Text);
            paper["header"] = new RawHtml(CssString(PageTitles.Of(source, context)));
            paper["url_css"] = new RawHtml(CssString(PageModel.WebUrl(site, source)));
            papers.Add(paper);
        }

        var references = sources.SelectMany(s => site.Links.Of(s.Url).References).Distinct()
            .Select(site.Briefing.FindReference).OfType<Reference>().OrderBy(CitationFormatter.SortKey, StringComparer.Ordinal)
            .Select(r => new ScriptObject { ["id"] = r.Id, ["html"] = ItemHtml.BibliographyEntry(r, context) });
        var terms = sources.SelectMany(s => site.Links.Of(s.Url).Terms).Distinct()
            .Select(site.Briefing.FindTerm).OfType<Term>().OrderBy(t => t.Name, StringComparer.OrdinalIgnoreCase)
            .Select(t => new ScriptObject { ["name"] = t.Name, ["explanation"] = t.Explanation, ["link"] = context.TermLink(t) });
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
        AddPrint(model, context, pack.Title, PageModel.WebUrl(site, pack.Url));
        model["web_link"] = site.Config.BaseUrl is null ? context.Link(pack.Url) : PageModel.WebUrl(site, pack.Url);
        return model;
    }

    private static void AddPrint(ScriptObject model, RenderContext context, string runningTitle, string webUrl)
    {
        var site = context.Site;
        model["paper_size"] = site.Config.Print.Paper;
        model["web_url"] = webUrl;
        // Margin boxes take their text from CSS strings; these are escaped for CSS, and marked raw so HTML escaping leaves them be.
        model["header_css"] = new RawHtml(CssString(runningTitle));
        model["footer_css"] = new RawHtml(CssString(site.Config.Title));
        model["url_css"] = new RawHtml(CssString(webUrl));
    }

    /// <summary>How to cite a page, in the words of the site's language: authors or organisation, year, title, the collection, and its address.</summary>
    public static string CiteAs(Site site, Page page, InterfaceText text)
    {
        var who = page.Authors.Count > 0 ? string.Join(", ", page.Authors) :
            site.Config.Organisation.Length > 0 ? site.Config.Organisation : site.Config.Title;
        // A year is written as digits in every language, never grouped ("2024", not "2,024").
        var year = page.Date?.Year.ToString(CultureInfo.InvariantCulture) ?? text.Text("no_date");
        return text.Text("cite_as_text", ("who", who), ("year", year), ("title", PageTitles.Of(page, site, text)), ("site", site.Config.Title),
            ("url", PageModel.WebUrl(site, page)));
    }

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
