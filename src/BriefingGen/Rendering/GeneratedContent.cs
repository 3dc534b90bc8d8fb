using BriefingGen.Model;
using BriefingGen.Model.Items;
using BriefingGen.Parsing.HeadingIds;
using Scriban.Runtime;

namespace BriefingGen.Rendering;

/// <summary>
/// The main content of the pages the generator makes from data (definitions, grids, tables, figures, bibliography,
/// themes), rendered through the theme's <c>pages/</c> templates. Each model is gathered in the order the page shows
/// it, since rendering a Markdown text numbers its term tooltips.
/// </summary>
public static class GeneratedContent
{
    public static string Render(Page page, RenderContext context)
    {
        var (name, model) = page.Kind switch
        {
            PageKind.Definitions => ("pages/definitions.html", Definitions(context)),
            PageKind.Bibliography => ("pages/bibliography.html", Bibliography(context)),
            PageKind.PackIndex => ("pages/packs.html", Packs(context)),
            // Every other kind's index lists its items; an item's page is the kind's own (ItemKinds).
            _ when DataKinds.OfIndexPage(page.Kind) is { } kind =>
                ("pages/index.html", Index(kind.Name, context.ItemsOf(kind).Select(i => (i.Title, kind.ItemUrl(i.Id), i.Description, i.Span.Path)), context)),
            _ when ItemKinds.Page(page, context) is var (template, made) => (template, made),
            _ => ((string?)null, (ScriptObject?)null),
        };
        return name is null ? "" : context.Templates.Render(name, model!).Value;
    }

    // Every pack in the order the config gives them, with its papers in order, its print edition and its PDF when built.
    private static ScriptObject Packs(RenderContext context)
    {
        var packs = context.Site.Packs.Select(pack => new ScriptObject
        {
            ["id"] = pack.Id,
            ["anchor"] = pack.Anchor,
            ["title"] = pack.Title,
            ["link"] = context.Link(pack.Url),
            ["pdf"] = context.PdfsEnabled ? context.Link(pack.PdfPath) : null,
            ["papers"] = PackPapers(pack, context),
        }).ToList();
        return new ScriptObject { ["packs"] = packs };
    }

    private static List<ScriptObject> PackPapers(Pack pack, RenderContext context)
    {
        context.Reads(DependencyKeys.Pack(pack.Id));
        return pack.PageUrls.Select(context.FindPage).OfType<Page>().Select(p => new ScriptObject
        {
            ["title"] = PageTitles.Shown(p, context),
            ["link"] = context.Link(p.Url),
            ["kind_label"] = PageModel.KindLabel(p.Kind, context.Text),
            ["summary"] = InlinePlainText.Of(p.Summary, context),
        }).ToList();
    }

    private static ScriptObject Definitions(RenderContext context)
    {
        var terms = context.ItemsOf(DataKinds.Terms);
        var index = terms.OrderBy(t => t.Name, StringComparer.OrdinalIgnoreCase).Select(t => new TermAnchorModel(t, GeneratedPages.TermAnchor(t))).ToList();
        // Categories are listed in the order they first appear in the data, each under its own title as written;
        // terms with none come last, under a heading only when other terms have one.
        var anchors = new HeadingIdSet();
        var categories = terms.GroupBy(t => t.Category).OrderBy(g => g.Key is null)
            .Select(category => new TermCategoryModel(category.Key,
                category.Key is null ? null : anchors.Claim("category-" + Markdig.Helpers.LinkHelper.Urilize(category.Key, allowOnlyAscii: true)),
                category.OrderBy(t => t.Name, StringComparer.OrdinalIgnoreCase).Select(t => TermEntry(t, context)).ToList()))
            .ToList();
        return new ScriptObject { ["index"] = index, ["categories"] = categories };
    }

    /// <summary>The variables of <c>items/term-entry.html</c>: one term's entry on the definitions page.</summary>
    private static ScriptObject TermEntry(Term term, RenderContext context)
    {
        var entry = new ScriptObject
        {
            ["term"] = term,
            ["anchor"] = GeneratedPages.TermAnchor(term),
            ["explanation"] = new RawHtml(BriefingHtmlRenderer.RenderInline(term.Explanation, term.Span.Path, context)),
        };
        entry["assessment"] = term.Assessment is null ? null : new RawHtml(BriefingHtmlRenderer.RenderInline(term.Assessment, term.Span.Path, context));
        entry["sources"] = term.ReferenceIds.Select(context.FindReference).OfType<Reference>().Select(r => ItemHtml.Cite(r, context)).ToList();
        entry["definition_groups"] = term.Definitions.GroupBy(d => d.Kind).OrderBy(g => g.Key.HasValue ? (int)g.Key.Value : 99)
            .Select(group => new DefinitionGroupModel(
                term.Definitions.Count > 1 && group.Key is { } kind ? ItemHtml.KindHeading(kind, context) : null,
                group.Select(d => ItemHtml.DefinitionModel(d, context)).ToList()))
            .ToList();
        entry["compare_link"] = term.Definitions.Count > 1 ? context.Link(GeneratedPages.TermUrl(term)) : null;
        entry["see_also"] = term.SeeAlso.Select(context.FindTerm).OfType<Term>().Select(t => new TermAnchorModel(t, GeneratedPages.TermAnchor(t))).ToList();
        entry["used_on"] = UsedOn(CrossReferenceNames.TermUsers, context.Site.Links.TermUsers, term.Id, context);
        return entry;
    }

    internal static ScriptObject TermComparison(Term term, RenderContext context)
    {
        var explanation = new RawHtml(BriefingHtmlRenderer.RenderInline(term.Explanation, term.Span.Path, context));
        var rows = term.Definitions.OrderBy(d => d.Year, StringComparer.Ordinal)
            .Select(d => new ComparedDefinitionModel(d, context.Link(GeneratedPages.DefinitionsUrl, "def-" + d.Id),
                d.Authors.Count > 0 ? string.Join(", ", d.Authors.Select(a => a.Name)) : null,
                d.Kind is { } kind ? ItemHtml.KindLabel(kind, context) : null,
                d.Criticisms.Select(c => new RawHtml(BriefingHtmlRenderer.RenderInline(c, d.Span.Path, context))).ToList()))
            .ToList();
        return new ScriptObject { ["term"] = term, ["explanation"] = explanation, ["rows"] = rows };
    }

    internal static ScriptObject Grid(Grid grid, RenderContext context)
    {
        var description = Description(grid.Description, grid.Span.Path, context);
        var model = ItemHtml.GridModel(grid, context, showPlacements: true, marked: null, ownPage: true);
        model["description"] = description;
        model["placement_count"] = context.PlacementsOn(grid.Id).Count;
        return model;
    }

    internal static ScriptObject Table(BenefitRiskTable table, RenderContext context)
    {
        var description = Description(table.Description, table.Span.Path, context);
        var model = ItemHtml.TableModel(table, context, showEvidence: true, ownPage: true);
        model["description"] = description;
        return model;
    }

    internal static ScriptObject Figure(Figure figure, RenderContext context)
    {
        var description = Description(figure.Description, figure.Span.Path, context);
        var model = ItemHtml.FigureModel(figure, context);
        model["description"] = description;
        model["used_on"] = UsedOn(CrossReferenceNames.EmbedUsers, context.Site.Links.EmbedUsers, new DataKey(DataKinds.Figures, figure.Id).ToString(), context);
        return model;
    }

    private static ScriptObject Bibliography(RenderContext context)
    {
        var entries = context.ItemsOf(DataKinds.References).OrderBy(CitationFormatter.SortKey, StringComparer.Ordinal)
            .Select(r => new BibliographyEntryModel(r, GeneratedPages.ReferenceAnchor(r.Id), ItemHtml.BibliographyEntry(r, context),
                UsedOn(CrossReferenceNames.Citers, context.Site.Links.Citers, r.Id, context)))
            .ToList();
        return new ScriptObject { ["entries"] = entries };
    }

    internal static ScriptObject Theme(Theme theme, RenderContext context)
    {
        var description = Description(theme.Description, theme.Span.Path, context);
        var pages = Site.Order(context.Lookup(CrossReferenceNames.ThemePages, context.Site.Links.ThemePages, theme.Id).Select(context.FindPage).OfType<Page>())
            .Select(p => new PageLinkModel(context.Link(p.Url), p.Title, InlinePlainText.Of(p.Summary, context), PageModel.KindLabel(p.Kind, context.Text))).ToList();
        return new ScriptObject { ["theme"] = theme, ["description"] = description, ["pages"] = pages };
    }

    private static ScriptObject Index(string kind, IEnumerable<(string Title, string Url, string? Description, string DataFile)> items, RenderContext context) =>
        new()
        {
            ["kind"] = kind,
            ["items"] = items.Select(i => new IndexEntryModel(i.Title, context.Link(i.Url),
                i.Description is null ? null : new RawHtml(BriefingHtmlRenderer.RenderInline(i.Description, i.DataFile, context)))).ToList(),
        };

    /// <summary>An item's description, written in <paramref name="dataFile"/>, as Markdown blocks.</summary>
    internal static RawHtml? Description(string? description, string dataFile, RenderContext context) =>
        description is null ? null : new RawHtml(context.FromDataFile(dataFile, () => BriefingHtmlRenderer.RenderBody(Markdig.Markdown.Parse(description, context.Pipeline), context)));

    /// <summary>The pages that use an item, as links: content pages and the pages of items whose texts use it (grids, tables, figures, timelines).</summary>
    public static List<PageLinkModel> UsedOn(string name, IReadOnlyDictionary<string, IReadOnlyList<string>> index, string key, RenderContext context) =>
        context.Lookup(name, index, key).Select(context.FindPage).OfType<Page>()
            .Where(p => p.SourcePath is not null || DataKinds.OfItemPage(p.Kind) is { HasTexts: true })
            .Select(p => new PageLinkModel(context.Link(p.Url), p.Title, InlinePlainText.Of(p.Summary, context))).ToList();
}
