using System.Globalization;
using BriefingGen.Model;
using BriefingGen.Model.Language;
using Scriban.Runtime;

namespace BriefingGen.Rendering;

/// <summary>The values a layout sees as <c>page</c> and <c>site</c>. Links in it are relative to the page; text is escaped on output.</summary>
public static class PageModel
{
    public static ScriptObject Site(RenderContext context)
    {
        var site = context.Site;
        var config = site.Config;
        var menu = new ScriptArray();
        foreach (var item in config.Menu)
        {
            var isSite = item.Url.StartsWith('/');
            var path = item.Url.TrimStart('/');
            menu.Add(new ScriptObject
            {
                ["title"] = item.Title,
                ["link"] = isSite ? context.RewriteUrl(item.Url) : item.Url,
                ["active"] = isSite && (context.Page.Url == path || (path.Length > 0 && context.Page.Url.StartsWith(path, StringComparison.Ordinal))),
            });
        }

        return new ScriptObject(16)
        {
            ["title"] = config.Title,
            ["description"] = config.Description,
            ["language"] = config.Language,
            ["base_url"] = config.BaseUrl,
            ["author"] = config.Author,
            ["organisation"] = config.Organisation,
            ["menu"] = menu,
            ["home"] = context.Link(""),
            ["root"] = SitePath.RootOf(context.Page.Url),
            ["data"] = site.Data,
            ["has_definitions"] = site.Briefing.Terms.Count > 0,
            ["sections"] = Sections(context),
            ["search"] = site.SearchEnabled,
            ["search_link"] = site.SearchEnabled ? context.Link(GeneratedPages.SearchUrl) : null,
            ["feed_link"] = context.Link(GeneratedPages.FeedUrl),
        };
    }

    /// <summary>The site's top-level sections and generated indexes, for the home page and navigation.</summary>
    private static ScriptArray Sections(RenderContext context)
    {
        return ToArray(context.Site.TopLevel
            .Select(p => new ScriptObject
            {
                ["title"] = PageTitles.Of(p, context),
                ["link"] = context.Link(p.Url),
                ["summary"] = p.Summary ?? SectionSummary(p, context.Site, context.Text),
                ["count"] = p.Kind == PageKind.Section ? context.Site.ChildrenOf(p).Count : 0,
            }));
    }

    private static string? SectionSummary(Page page, Site site, InterfaceText text) => page.Kind switch
    {
        PageKind.Definitions => text.Text("summary_definitions", ("terms", text.Count("count_terms", site.Briefing.Terms.Count)),
            ("definitions", text.Count("count_definitions", site.Briefing.Terms.Sum(t => t.Definitions.Count)))),
        PageKind.Bibliography => text.Text("summary_bibliography", ("works", text.Count("count_works", site.Briefing.References.Count))),
        // Every other kind's index: "summary_grids" with "{grids}" from "count_grids".
        _ when Model.Items.DataKinds.OfIndexPage(page.Kind) is { } kind =>
            text.Text("summary_" + kind.Name, (kind.Name, text.Count("count_" + kind.Name, site.Briefing.ItemsOf(kind).Count))),
        _ => null,
    };

    public static ScriptObject Page(RenderContext context, string content) => Page(context, context.Page, content);

    /// <summary>The model of <paramref name="page"/>, with links relative to the page being rendered (a print edition shows its source page).</summary>
    public static ScriptObject Page(RenderContext context, Page page, string content)
    {
        var site = context.Site;
        var uses = site.Links.Of(page.Url);
        var front = page.FrontMatter;
        var model = new ScriptObject(PageFields) // sized for what follows: growing its table was 3% of rendering
        {
            ["title"] = PageTitles.Of(page, context),
            ["kind"] = PageKinds.Name(page.Kind),
            ["section"] = page.Section,
            ["summary"] = page.Summary,
            ["date"] = page.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["date_long"] = page.Date is { } date ? context.Text.LongDate(date) : null,
            ["authors"] = ToArray(page.Authors),
            ["content"] = new RawHtml(content),
            ["source_path"] = page.SourcePath,
            ["edit_url"] = page.SourcePath is not null && site.Config.EditLink is { } pattern ? pattern.Replace("{path}", page.SourcePath, StringComparison.Ordinal) : null,
            ["canonical"] = site.Config.BaseUrl is not null && page.Kind != PageKind.NotFound ? WebUrl(site, page) : null,
            ["link"] = context.Link(page.Url),
            ["is_home"] = page.Kind == PageKind.Home,
            ["breadcrumbs"] = Breadcrumbs(context),
            ["children"] = page.IsListing ? PageList(site.ChildrenOf(page), context) : new ScriptArray(),
            ["place"] = front?.Place,
            ["region"] = front?.Region,
            ["period"] = front?.Period,
            ["organisations"] = ToArray(front?.Organisations ?? []),
            ["actors"] = ToArray(front?.Actors.Select(a => new ScriptObject { ["name"] = a.Name, ["role"] = a.Role }) ?? []),
            ["facts"] = ToArray(front?.Facts.Select(f => new ScriptObject { ["label"] = f.Label, ["value"] = f.Value }) ?? []),
            ["timeline"] = ToArray(front?.Timeline.Select(t => new ScriptObject { ["date"] = t.Date, ["event"] = t.Event }) ?? []),
            ["questions"] = ToArray(front?.Questions ?? []),
            ["themes"] = ToArray(uses.Themes.Select(site.Briefing.FindTheme).OfType<Theme>()
                .Select(t => new ScriptObject { ["title"] = t.Title, ["link"] = context.Link(GeneratedPages.ThemeUrl(t.Id)) })),
            ["related"] = PageList(uses.Related.Select(site.Find).OfType<Page>(), context),
            ["backlinks"] = PageList(CrossReferences.Lookup(site.Links.Backlinks, page.Url).Select(site.Find).OfType<Page>(), context),
            ["placements"] = Placements(uses, context),
            ["evidence"] = Evidence(uses, context),
            ["references"] = References(uses, context),
            ["terms"] = ToArray(uses.Terms.Select(site.Briefing.FindTerm).OfType<Term>().OrderBy(t => t.Name, StringComparer.OrdinalIgnoreCase)
                .Select(t => new ScriptObject { ["name"] = t.Name, ["explanation"] = t.Explanation, ["link"] = context.TermLink(t) })),
        };
        model["kind_label"] = KindLabel(page.Kind, context.Text);
        model["grid_cells"] = ToArray(uses.Placements.Select(p =>
        {
            var grid = site.Briefing.FindGrid(p.GridId)!;
            return $"{grid.Name}: {grid.Rows.Levels.First(l => l.Id == p.Row).Label} / {grid.Columns.Levels.First(l => l.Id == p.Column).Label}";
        }));
        model["toc"] = ToArray(HeadingOutline.Of(page.Body).Select(h => new ScriptObject { ["level"] = h.Level, ["id"] = h.Id, ["text"] = h.Text }));
        model["web_url"] = WebUrl(site, page);
        model["web_link"] = site.Config.BaseUrl is null ? context.Link(page.Url) : WebUrl(site, page);
        var printed = site.Config.Print.Editions;
        if (printed && PrintPages.HasPaper(page))
        {
            model["paper_link"] = context.Link(PrintPages.PaperUrl(page));
            model["paper_pdf"] = context.PdfsEnabled ? context.Link(PrintPages.PaperPdf(page)) : null;
        }

        if (printed && PrintPages.HasHandout(page))
        {
            model["handout_link"] = context.Link(PrintPages.HandoutUrl(page));
            model["handout_pdf"] = context.PdfsEnabled ? context.Link(PrintPages.HandoutPdf(page)) : null;
        }

        if (ReferenceEquals(page, context.Page))
        {
            AddNeighbours(model, context);
        }

        if (page.Kind is PageKind.Feed or PageKind.Sitemap)
        {
            AddListings(model, context);
        }

        return model;
    }

    private const int PageFields = 48;

    /// <summary>What a reader calls this kind of page (search filters, labels), in the site's language.</summary>
    public static string KindLabel(PageKind kind, InterfaceText text) => text.Text(kind switch
    {
        PageKind.CaseStudy => "kind_case_study",
        PageKind.Briefing => "kind_briefing",
        PageKind.Perspective => "kind_perspective",
        _ when Model.Items.DataKinds.OfPage(kind) is { LabelKey: { } label } => label,
        _ => "kind_page",
    });

    /// <summary>The page's address on the web: absolute with a base URL, else its path from the site root.</summary>
    public static string WebUrl(Site site, Page page) => WebUrl(site, page.Url);

    /// <summary>A site path's address on the web, percent-encoded as relative links are (a file name may hold any character).</summary>
    public static string WebUrl(Site site, string sitePath) => (site.Config.BaseUrl ?? "/") + SitePath.EncodePath(sitePath);

    // The feed lists case studies, newest first; the sitemap every page a reader can open. Links are absolute with a base URL.
    private static void AddListings(ScriptObject model, RenderContext context)
    {
        var site = context.Site;
        string Address(Page p) => site.Config.BaseUrl is null ? context.Link(p.Url) : WebUrl(site, p);
        model["feed_entries"] = ToArray(site.Pages.Where(p => p.Kind == PageKind.CaseStudy)
            .OrderByDescending(p => p.Date).ThenBy(p => p.Url, StringComparer.Ordinal)
            .Select(p => new ScriptObject
            {
                ["title"] = PageTitles.Of(p, context),
                ["link"] = Address(p),
                ["id"] = site.Config.BaseUrl is null ? "urn:briefinggen:" + SitePath.EncodePath(p.Url) : WebUrl(site, p),
                ["updated"] = (p.Date ?? new DateOnly(2000, 1, 1)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00Z",
                ["summary"] = p.Summary,
                ["authors"] = ToArray(p.Authors),
            }));
        var newest = site.Pages.Where(p => p.Kind == PageKind.CaseStudy && p.Date is not null).Select(p => p.Date!.Value).DefaultIfEmpty(new DateOnly(2000, 1, 1)).Max();
        model["feed_updated"] = newest.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00Z";
        model["feed_id"] = site.Config.BaseUrl is null ? "urn:briefinggen:feed" : site.Config.BaseUrl + GeneratedPages.FeedUrl;
        model["sitemap_entries"] = ToArray(site.Pages.Where(p => p.Kind is not (PageKind.NotFound or PageKind.Feed or PageKind.Sitemap or PageKind.Search))
            .Select(p => new ScriptObject { ["link"] = Address(p), ["date"] = p.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) }));
    }

    private static ScriptArray Breadcrumbs(RenderContext context)
    {
        var crumbs = new ScriptArray();
        var url = context.Page.Url;
        if (url.Length == 0)
        {
            return crumbs;
        }

        crumbs.Add(new ScriptObject { ["title"] = context.Text.Text("home"), ["link"] = context.Link("") });
        var parts = url.TrimEnd('/').Split('/');
        for (var i = 0; i < parts.Length - 1; i++)
        {
            var folder = string.Join('/', parts[..(i + 1)]) + "/";
            if (context.Site.Find(folder) is { } listing)
            {
                crumbs.Add(new ScriptObject { ["title"] = PageTitles.Of(listing, context), ["link"] = context.Link(folder) });
            }
        }

        return crumbs;
    }

    private static ScriptArray PageList(IEnumerable<Page> pages, RenderContext context) =>
        ToArray(pages.Select(p => new ScriptObject
        {
            ["title"] = PageTitles.Of(p, context),
            ["link"] = context.Link(p.Url),
            ["summary"] = p.Summary,
            ["kind"] = PageKinds.Name(p.Kind),
            ["date"] = p.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["place"] = p.FrontMatter?.Place,
            ["period"] = p.FrontMatter?.Period,
            ["themes"] = ToArray(p.FrontMatter?.Themes.Select(t => context.Site.Briefing.FindTheme(t.Value)?.Title).OfType<string>() ?? []),
            ["region"] = p.FrontMatter?.Region,
        }));

    private static ScriptArray Placements(PageUses uses, RenderContext context)
    {
        var list = new ScriptArray();
        foreach (var placement in uses.Placements)
        {
            var grid = context.Site.Briefing.FindGrid(placement.GridId)!;
            var cell = grid.Cell(placement.Row, placement.Column)!;
            var row = grid.Rows.Levels.First(l => l.Id == placement.Row).Label;
            var column = grid.Columns.Levels.First(l => l.Id == placement.Column).Label;
            list.Add(new ScriptObject
            {
                ["grid"] = grid.Name,
                ["grid_link"] = context.Link(GeneratedPages.GridUrl(grid.Id), cell.Anchor),
                ["cell"] = $"{grid.Rows.Name}: {row}; {grid.Columns.Name}: {column}",
                ["reason"] = placement.Reason,
                ["editors"] = placement.EditorsJudgement,
                // Handouts show compact grids; every other page the full one (templates may ask for either).
                ["mini"] = context.Page.Kind == PageKind.Handout ? null : new RawHtml(ItemHtml.Grid(grid, context, showPlacements: false, marked: cell)),
                ["mini_compact"] = context.Page.Kind == PageKind.Handout ? new RawHtml(ItemHtml.Grid(grid, context, showPlacements: false, marked: cell, compact: true)) : null,
            });
        }

        return list;
    }

    private static ScriptArray Evidence(PageUses uses, RenderContext context)
    {
        var list = new ScriptArray();
        foreach (var evidence in uses.Evidence)
        {
            var table = context.Site.Briefing.FindTable(evidence.TableId)!;
            var item = table.Items.First(i => i.Id == evidence.ItemId);
            list.Add(new ScriptObject
            {
                ["text"] = new RawHtml(BriefingHtmlRenderer.RenderInline(item.Text, context)),
                ["side"] = item.IsRisk ? table.RisksLabel : table.BenefitsLabel,
                ["is_risk"] = item.IsRisk,
                ["table"] = table.Title,
                ["link"] = context.Link(GeneratedPages.TableUrl(table.Id), item.Anchor),
                ["note"] = evidence.Note,
            });
        }

        return list;
    }

    private static ScriptArray References(PageUses uses, RenderContext context) =>
        ToArray(uses.References.Select(context.Site.Briefing.FindReference).OfType<Reference>()
            .OrderBy(CitationFormatter.SortKey, StringComparer.Ordinal)
            .Select(r => new ScriptObject
            {
                ["id"] = r.Id,
                ["html"] = ItemHtml.BibliographyEntry(r, context),
                ["link"] = context.ReferenceLink(r.Id),
            }));

    private static void AddNeighbours(ScriptObject model, RenderContext context)
    {
        var page = context.Page;
        if (page.SourcePath is null || page.IsListing || context.Site.Find(Model.Site.ParentOf(page)) is not { } parent)
        {
            return;
        }

        var siblings = context.Site.ChildrenOf(parent);
        var index = context.Site.IndexInList(page);
        if (index > 0)
        {
            model["previous"] = new ScriptObject { ["title"] = PageTitles.Of(siblings[index - 1], context), ["link"] = context.Link(siblings[index - 1].Url) };
        }

        if (index >= 0 && index < siblings.Count - 1)
        {
            model["next"] = new ScriptObject { ["title"] = PageTitles.Of(siblings[index + 1], context), ["link"] = context.Link(siblings[index + 1].Url) };
        }
    }

    private static ScriptArray ToArray<T>(IEnumerable<T> items)
    {
        var array = new ScriptArray();
        foreach (var item in items)
        {
            array.Add(item);
        }

        return array;
    }
}
