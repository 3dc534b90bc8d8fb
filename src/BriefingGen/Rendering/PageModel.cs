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
        context.Reads(DependencyKeys.Config);
        context.Reads(DependencyKeys.SiteData);
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
            ["root"] = context.Root,
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
        context.Reads(DependencyKeys.TopLevel);
        foreach (var page in context.Site.TopLevel)
        {
            context.Reads(DependencyKeys.Page(page.Url));
        }

        return ToArray(context.Site.TopLevel
            .Select(p => new ScriptObject
            {
                ["title"] = PageTitles.Shown(p, context),
                ["link"] = context.Link(p.Url),
                ["summary"] = InlinePlainText.Of(p.Summary, context) ?? SectionSummary(p, context.Site, context.Text),
                ["count"] = p.Kind == PageKind.Section ? context.Site.ChildrenOf(p).Count : 0,
            }));
    }

    private static string? SectionSummary(Page page, Site site, InterfaceText text) => page.Kind switch
    {
        PageKind.Definitions => text.Text("summary_definitions", ("terms", text.Count("count_terms", site.Briefing.Terms.Count)),
            ("definitions", text.Count("count_definitions", site.Briefing.Terms.Sum(t => t.Definitions.Count)))),
        PageKind.Bibliography => text.Text("summary_bibliography", ("works", text.Count("count_works", site.Briefing.References.Count))),
        PageKind.PackIndex => text.Text("summary_packs", ("packs", text.Count("count_packs", site.Packs.Count))),
        // Every other kind's index: "summary_grids" with "{grids}" from "count_grids".
        _ when Model.Items.DataKinds.OfIndexPage(page.Kind) is { } kind =>
            text.Text("summary_" + kind.Name, (kind.Name, text.Count("count_" + kind.Name, site.Briefing.ItemsOf(kind).Count))),
        _ => null,
    };

    public static ScriptObject Page(RenderContext context, string content) => Page(context, context.Page, new RawHtml(content));

    /// <summary>The model of the page being rendered, with its content as markup already made (a body rendered into a buffer the page holds).</summary>
    public static ScriptObject Page(RenderContext context, RawHtml content) => Page(context, context.Page, content);

    /// <summary>The model of <paramref name="page"/>, with links relative to the page being rendered (a print edition shows its source page).</summary>
    public static ScriptObject Page(RenderContext context, Page page, string content) => Page(context, page, new RawHtml(content));

    private static ScriptObject Page(RenderContext context, Page page, RawHtml content)
    {
        var site = context.Site;
        context.Reads(DependencyKeys.Page(page.Url));
        var uses = context.UsesOf(page.Url);
        var front = page.FrontMatter;
        // "Updated" says the page changed after it was published: a revision on (or before) its date says nothing.
        var updated = context.UpdatedOf(page) is { } revised && (page.WrittenDate is not { } published || revised.FirstDay > published.FirstDay) ? revised : (Yaml.WrittenDate?)null;
        var model = new ScriptObject(PageFields) // sized for what follows: growing its table was 3% of rendering
        {
            ["title"] = PageTitles.Shown(page, context),
            ["kind"] = PageKinds.Name(page.Kind),
            ["section"] = page.Section,
            ["summary"] = InlinePlainText.Of(page.Summary, context),
            ["summary_html"] = Inline(page.Summary, context),
            ["date"] = page.WrittenDate?.Iso,
            ["date_long"] = page.WrittenDate is { } date ? context.Text.DateAsWritten(date) : null,
            ["updated"] = updated?.Iso,
            ["updated_long"] = updated is { } day ? context.Text.DateAsWritten(day) : null,
            ["authors"] = ToArray(page.Authors.Select(a => a.Name)),
            ["author_details"] = ToArray(page.Authors.Select(a => new ScriptObject
            {
                ["name"] = a.Name, ["affiliation"] = a.Affiliation, ["url"] = a.Url, ["orcid"] = a.Orcid, ["orcid_url"] = a.OrcidUrl,
            })),
            ["content"] = content,
            ["source_path"] = page.SourcePath,
            ["edit_url"] = page.SourcePath is not null && site.Config.EditLink is { } pattern ? pattern.Replace("{path}", page.SourcePath, StringComparison.Ordinal) : null,
            ["canonical"] = site.Config.BaseUrl is not null && page.Kind != PageKind.NotFound ? WebUrl(site, page) : null,
            ["link"] = context.Link(page.Url),
            ["is_home"] = page.Kind == PageKind.Home,
            ["breadcrumbs"] = Breadcrumbs(context),
            ["children"] = page.IsListing ? PageList(context.ChildrenOf(page), context) : new ScriptArray(),
            ["place"] = front?.Place,
            ["region"] = front?.Region,
            ["period"] = front?.Period,
            ["organisations"] = ToArray(front?.Organisations ?? []),
            ["actors"] = ToArray(front?.Actors.Select(a => new ScriptObject { ["name"] = a.Name, ["role"] = Inline(a.Role, context), ["affiliation"] = Inline(a.Affiliation, context) }) ?? []),
            ["facts"] = ToArray(front?.Facts.Select(f => new ScriptObject { ["label"] = f.Label, ["value"] = Inline(f.Value, context), ["sources"] = ItemHtml.Sources(f.Sources, context) }) ?? []),
            // A timeline date written YYYY, YYYY-MM or YYYY-MM-DD shows in the site's words; any other ("spring 2008") as written.
            ["timeline"] = ToArray(front?.Timeline.Select(t => new ScriptObject
            {
                ["date"] = Yaml.WrittenDate.Parse(t.Date) is { } written ? context.Text.DateAsWritten(written) : t.Date,
                ["datetime"] = Yaml.WrittenDate.Parse(t.Date)?.Iso,
                ["event"] = Inline(t.Event, context),
            }) ?? []),
            ["questions"] = ToArray(front?.Questions.Select(q => Inline(q, context)) ?? []),
            ["themes"] = ToArray(uses.Themes.Select(context.FindTheme).OfType<Theme>()
                .Select(t => new ScriptObject { ["title"] = t.Title, ["link"] = context.Link(GeneratedPages.ThemeUrl(t.Id)) })),
            ["related"] = PageList(uses.Related.Select(context.FindPage).OfType<Page>(), context),
            ["backlinks"] = PageList(context.Lookup(CrossReferenceNames.Backlinks, site.Links.Backlinks, page.Url).Select(context.FindPage).OfType<Page>(), context),
            ["placements"] = Placements(uses, context),
            ["evidence"] = Evidence(uses, context),
            ["references"] = References(uses, context),
            ["terms"] = ToArray(uses.Terms.Select(context.FindTerm).OfType<Term>().OrderBy(t => t.Name, StringComparer.OrdinalIgnoreCase)
                .Select(t => new ScriptObject { ["name"] = t.Name, ["explanation"] = t.Explanation, ["link"] = context.TermLink(t) })),
        };
        model["kind_label"] = KindLabel(page.Kind, context.Text);
        model["grid_cells"] = ToArray(uses.Placements.Select(p =>
        {
            var grid = context.FindGrid(p.GridId)!;
            return $"{grid.Name}: {grid.Rows.Levels.First(l => l.Id == p.Row).Label} / {grid.Columns.Levels.First(l => l.Id == p.Column).Label}";
        }));
        // Every heading of the author's; partials/toc.html adds the generated sections and decides whether a list is worth it.
        model["toc"] = ToArray(HeadingOutline.Headings(context.BodyOf(page), minimum: 1).Select(h => new ScriptObject { ["level"] = h.Level, ["id"] = h.Id, ["text"] = h.Text }));
        model["web_url"] = WebUrl(site, page);
        model["web_link"] = site.Config.BaseUrl is null ? context.Link(page.Url) : WebUrl(site, page);
        var printed = site.Config.Print.Editions;
        if (printed && PrintPages.HasPaper(page))
        {
            model["paper_link"] = context.Link(PrintPages.PaperUrl(page));
            model["paper_pdf"] = context.PdfsEnabled ? context.Link(PrintPages.PaperPdf(page)) : null;
        }

        if (printed && PrintPages.HasPaper(page))
        {
            model["packs"] = ToArray(site.Packs.Where(p => p.PageUrls.Contains(page.Url)).Select(p => new ScriptObject
            {
                ["title"] = p.Title,
                ["link"] = context.Link(p.Url),
                ["pdf"] = context.PdfsEnabled ? context.Link(p.PdfPath) : null,
                ["index_link"] = context.Link(PrintPages.PacksUrl, p.Anchor),
            }));
        }

        if (printed && PrintPages.HasHandout(page))
        {
            model["handout_link"] = context.Link(PrintPages.HandoutUrl(page));
            model["handout_pdf"] = context.PdfsEnabled ? context.Link(PrintPages.HandoutPdf(page)) : null;
        }

        if (CitationPages.HasCitation(page))
        {
            model["citation"] = Citation(page, context);
        }

        if (ReferenceEquals(page, context.Page))
        {
            AddNeighbours(model, context);
            model["social_card"] = SocialCard(context);
        }

        if (page.Kind is PageKind.Feed or PageKind.Sitemap)
        {
            AddListings(model, context);
        }

        return model;
    }

    private const int PageFields = 51;

    // The "Cite this page" box: the author-date text (print's "cite as" line) and the same citation's files beside the page.
    private static ScriptObject Citation(Page page, RenderContext context) => new()
    {
        ["text"] = CitationFormatter.PageText(PageCitation.Of(page, context.Site, context.Text), context.Text),
        ["bibtex"] = context.Link(CitationPages.Url(page, CitationFormat.Bibtex)),
        ["ris"] = context.Link(CitationPages.Url(page, CitationFormat.Ris)),
        ["csl_json"] = context.Link(CitationPages.Url(page, CitationFormat.CslJson)),
    };

    /// <summary>The page's social card for <c>og:image</c> (its absolute address, size and text), or null when it has none.</summary>
    public static ScriptObject? SocialCard(RenderContext context)
    {
        var site = context.Site;
        if (!Cards.SocialCards.HasCard(site, context.Page))
        {
            return null;
        }

        var card = Cards.SocialCards.Of(site, context.Page, context.Text);
        return new ScriptObject
        {
            ["url"] = WebUrl(site, card.OutputPath),
            ["width"] = Cards.SocialCard.Width,
            ["height"] = Cards.SocialCard.Height,
            ["alt"] = card.Alt,
        };
    }

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
        context.Reads(DependencyKeys.AllPages);
        foreach (var page in site.Pages)
        {
            context.Reads(DependencyKeys.Page(page.Url));
        }

        string Address(Page p) => site.Config.BaseUrl is null ? context.Link(p.Url) : WebUrl(site, p);
        model["feed_entries"] = ToArray(site.Pages.Where(p => p.Kind == PageKind.CaseStudy)
            .OrderByDescending(p => p.Date).ThenBy(p => p.Url, StringComparer.Ordinal)
            .Select(p => new ScriptObject
            {
                ["title"] = PageTitles.Shown(p, context),
                ["link"] = Address(p),
                ["id"] = site.Config.BaseUrl is null ? "urn:briefinggen:" + SitePath.EncodePath(p.Url) : WebUrl(site, p),
                ["updated"] = (LastChanged(p, context) ?? new DateOnly(2000, 1, 1)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00Z",
                ["summary"] = InlinePlainText.Of(p.Summary, context),
                ["authors"] = ToArray(p.Authors.Select(a => a.Name)),
            }));
        var newest = site.Pages.Where(p => p.Kind == PageKind.CaseStudy).Select(p => LastChanged(p, context)).OfType<DateOnly>().DefaultIfEmpty(new DateOnly(2000, 1, 1)).Max();
        model["feed_updated"] = newest.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00Z";
        model["feed_id"] = site.Config.BaseUrl is null ? "urn:briefinggen:feed" : site.Config.BaseUrl + GeneratedPages.FeedUrl;
        model["sitemap_entries"] = ToArray(site.Pages.Where(p => p.Kind is not (PageKind.NotFound or PageKind.Feed or PageKind.Sitemap or PageKind.Search))
            .Select(p => new ScriptObject { ["link"] = Address(p), ["date"] = (context.UpdatedOf(p) ?? p.WrittenDate)?.Iso }));
    }

    // A page's last change for the feed: its 'updated' date (or last commit), else its date.
    private static DateOnly? LastChanged(Page page, RenderContext context) => context.UpdatedOf(page)?.FirstDay ?? page.Date;

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
            if (context.FindPage(folder) is { } listing)
            {
                crumbs.Add(new ScriptObject { ["title"] = PageTitles.Shown(listing, context), ["link"] = context.Link(folder) });
            }
        }

        return crumbs;
    }

    private static ScriptArray PageList(IEnumerable<Page> pages, RenderContext context) =>
        ToArray(pages.Select(p => new ScriptObject
        {
            ["title"] = PageTitles.Shown(p, context),
            ["link"] = context.Link(p.Url),
            ["summary"] = InlinePlainText.Of(p.Summary, context),
            ["kind"] = PageKinds.Name(p.Kind),
            ["kind_label"] = KindLabel(p.Kind, context.Text),
            ["date"] = p.WrittenDate?.Iso,
            ["place"] = p.FrontMatter?.Place,
            ["period"] = p.FrontMatter?.Period,
            ["themes"] = ToArray(p.FrontMatter?.Themes.Select(t => context.FindTheme(t.Value)?.Title).OfType<string>() ?? []),
            ["region"] = p.FrontMatter?.Region,
        }));

    // A front matter text is inline Markdown: term links, citations and emphasis render as in the body. Empty is null,
    // so that a template's "if" skips it.
    private static RawHtml? Inline(string? text, RenderContext context) =>
        string.IsNullOrWhiteSpace(text) ? null : new RawHtml(BriefingHtmlRenderer.RenderInline(text, context));

    // A page placed twice on one grid (two cells, each with its reason) shows that grid once, both cells marked, the reasons under it.
    private static ScriptArray Placements(PageUses uses, RenderContext context)
    {
        var list = new ScriptArray();
        foreach (var onGrid in uses.Placements.GroupBy(p => p.GridId))
        {
            var grid = context.FindGrid(onGrid.Key)!;
            var cells = onGrid.Select(p => grid.Cell(p.Row, p.Column)!).ToList();
            var reasons = ToArray(onGrid.Select(placement => new ScriptObject
            {
                ["cell"] = CellName(grid, placement),
                ["reason"] = Inline(placement.Reason, context),
                ["editors"] = placement.EditorsJudgement,
            }));
            var first = onGrid.First();
            list.Add(new ScriptObject
            {
                ["grid"] = grid.Name,
                ["grid_link"] = context.Link(GeneratedPages.GridUrl(grid.Id), cells[0].Anchor),
                ["reasons"] = reasons,
                // The first placement's, for templates written before a grid could hold a page twice.
                ["cell"] = CellName(grid, first),
                ["reason"] = Inline(first.Reason, context),
                ["editors"] = first.EditorsJudgement,
                // Handouts show compact grids; every other page the full one (templates may ask for either). On the web the
                // full one places the other pages in their cells too; print editions keep to the marked cells.
                ["mini"] = context.Page.Kind == PageKind.Handout ? null : new RawHtml(ItemHtml.Grid(grid, context,
                    showPlacements: context.Page.Kind is not (PageKind.Paper or PageKind.Pack), marked: cells)),
                ["mini_compact"] = context.Page.Kind == PageKind.Handout ? new RawHtml(ItemHtml.Grid(grid, context, showPlacements: false, marked: cells, compact: true)) : null,
            });
        }

        return list;
    }

    private static string CellName(Grid grid, Placement placement)
    {
        var row = grid.Rows.Levels.First(l => l.Id == placement.Row).Label;
        var column = grid.Columns.Levels.First(l => l.Id == placement.Column).Label;
        return $"{grid.Rows.Name}: {row}; {grid.Columns.Name}: {column}";
    }

    private static ScriptArray Evidence(PageUses uses, RenderContext context)
    {
        var list = new ScriptArray();
        foreach (var evidence in uses.Evidence)
        {
            var table = context.FindTable(evidence.TableId)!;
            var item = table.Items.First(i => i.Id == evidence.ItemId);
            list.Add(new ScriptObject
            {
                ["text"] = new RawHtml(BriefingHtmlRenderer.RenderInline(item.Text, table.Span.Path, context)),
                ["side"] = item.IsRisk ? table.RisksLabel : table.BenefitsLabel,
                ["is_risk"] = item.IsRisk,
                ["table"] = table.Title,
                ["link"] = context.Link(GeneratedPages.TableUrl(table.Id), item.Anchor),
                ["note"] = Inline(evidence.Note, context),
            });
        }

        return list;
    }

    private static ScriptArray References(PageUses uses, RenderContext context) =>
        ToArray(uses.References.Select(context.FindReference).OfType<Reference>()
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
        if (page.SourcePath is null || page.IsListing || context.FindPage(Model.Site.ParentOf(page)) is not { } parent)
        {
            return;
        }

        context.Reads(DependencyKeys.Neighbours(page.Url));
        var siblings = context.Site.ChildrenOf(parent);
        var index = context.Site.IndexInList(page);
        if (index > 0)
        {
            model["previous"] = new ScriptObject { ["title"] = PageTitles.Shown(siblings[index - 1], context), ["link"] = context.Link(siblings[index - 1].Url) };
        }

        if (index >= 0 && index < siblings.Count - 1)
        {
            model["next"] = new ScriptObject { ["title"] = PageTitles.Shown(siblings[index + 1], context), ["link"] = context.Link(siblings[index + 1].Url) };
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
