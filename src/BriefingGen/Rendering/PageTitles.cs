using BriefingGen.Model;
using BriefingGen.Model.Language;

namespace BriefingGen.Rendering;

/// <summary>
/// A page's title as the reader sees it: a generated page's (the definitions, the grid index...) from the interface
/// strings of the site's language; every other page's as written. The model keeps the English title for diagnostics.
/// </summary>
public static class PageTitles
{
    /// <summary>The title of a page as this context's page shows it, noting that it read the page (and a term page's term).</summary>
    public static string Shown(Page page, RenderContext context)
    {
        context.Reads(DependencyKeys.Page(page.Url));
        if (page is { SourcePath: null, Kind: PageKind.Term, ItemId: { } id })
        {
            context.FindTerm(id);
        }

        return Shown(page, context.Site, context.Text);
    }

    public static string Shown(Page page, Site site, InterfaceText text)
    {
        if (page.SourcePath is not null)
        {
            return page.Title;
        }

        return page.Kind switch
        {
            PageKind.NotFound => text.Text("page_not_found"),
            PageKind.Feed => text.Text("title_feed"),
            PageKind.Sitemap => text.Text("title_sitemap"),
            PageKind.Search => text.Text("title_search"),
            PageKind.Definitions => text.Text("title_definitions"),
            PageKind.Term when page.ItemId is not null && site.Briefing.FindTerm(page.ItemId) is { } term => text.Text("title_term", ("term", term.Name)),
            PageKind.Bibliography => text.Text("title_bibliography"),
            PageKind.PackIndex => text.Text("title_packs"),
            // Every other kind's index: "title_grids".
            _ when Model.Items.DataKinds.OfIndexPage(page.Kind) is { } kind => text.Text("title_" + kind.Name),
            _ => page.Title,
        };
    }
}
