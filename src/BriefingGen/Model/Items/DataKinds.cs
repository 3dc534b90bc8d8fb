using BriefingGen.Diagnostics;
using BriefingGen.Model.Data;
using BriefingGen.Model.Items.Timelines;

namespace BriefingGen.Model.Items;

/// <summary>The registry of data kinds: every kind BriefingGen reads with a schema, in the order they are read.</summary>
public static class DataKinds
{
    public static DataKind<Term> Terms { get; } = new("terms", "term")
    {
        Reader = TermsReader.Read,
        EmbedWords = ["term", "definitions"],
        Url = GeneratedPages.DefinitionsUrl,
        IndexPage = PageKind.Definitions,
        IndexTitle = "Definitions and concepts",
        ItemPage = PageKind.Term,
        OwnPage = t => t.Definitions.Count > 1,
        OwnPageTitle = t => $"Definitions of {t.Name} compared",
        LabelKey = "kind_definition",
        IsUsed = (t, uses) => uses.ByContent(uses.Links.TermUsers, t.Id),
        UnusedMessage = t => $"no page links the term '{t.Id}'; link it with [[{t.Id}]] or remove it",
    };

    /// <summary>The definitions inside the terms: embeddable on their own, read with their term.</summary>
    public static DataKind<Definition> Definitions { get; } = new("definitions", "definition") { EmbedWords = ["definition"] };

    public static DataKind<Reference> References { get; } = new("references", "reference")
    {
        Reader = ReferencesReader.Read,
        Url = GeneratedPages.BibliographyUrl,
        IndexPage = PageKind.Bibliography,
        IndexTitle = "Bibliography",
        LabelKey = "kind_reference",
        UnusedCode = DiagnosticCodes.UncitedReference,
        // A reference counts as cited when any page shows it, the definitions page included: it quotes from it.
        IsUsed = (r, uses) => uses.Links.Citers.ContainsKey(r.Id),
        UnusedMessage = r => $"no page cites '{r.Id}'; cite it with [@{r.Id}] or remove it",
    };

    public static DataKind<Grid> Grids { get; } = new("grids", "grid")
    {
        Reader = GridsReader.Read,
        EmbedWords = ["grid"],
        Url = GeneratedPages.GridsUrl,
        IndexPage = PageKind.GridIndex,
        IndexTitle = "Grids",
        ItemPage = PageKind.Grid,
        LabelKey = "kind_grid",
        TextsOf = g => g.Cells.Select(c => new ItemText(c.Text, g.Span)).Prepend(new ItemText(g.Description, g.Span)),
        IsUsed = (g, uses) => uses.Links.Placements.ContainsKey(g.Id) || uses.Embedded(new DataKey(Grids!, g.Id)),
        UnusedMessage = g => $"no page is placed on or embeds the grid '{g.Id}'",
    };

    public static DataKind<BenefitRiskTable> Tables { get; } = new("tables", "table")
    {
        Reader = TablesReader.Read,
        EmbedWords = ["table"],
        Url = GeneratedPages.TablesUrl,
        IndexPage = PageKind.TableIndex,
        IndexTitle = "Benefits and risks",
        ItemPage = PageKind.Table,
        LabelKey = "kind_table",
        TextsOf = t => t.Items.Select(i => new ItemText(i.Text, t.Span)).Prepend(new ItemText(t.Description, t.Span)),
        IsUsed = (t, uses) => uses.Embedded(new DataKey(Tables!, t.Id)) || t.Items.Any(i => uses.Links.Evidence.ContainsKey(i.Key)),
        UnusedMessage = t => $"no page embeds the table '{t.Id}' or gives evidence for its items",
    };

    public static DataKind<Figure> Figures { get; } = new("figures", "figure")
    {
        Reader = FiguresReader.Read,
        EmbedWords = ["figure"],
        Url = GeneratedPages.FiguresUrl,
        IndexPage = PageKind.FigureIndex,
        IndexTitle = "Figures",
        ItemPage = PageKind.Figure,
        LabelKey = "kind_figure",
        TextsOf = f => [new ItemText(f.Description, f.Span)],
        IsUsed = (f, uses) => uses.Embedded(new DataKey(Figures!, f.Id)),
        UnusedMessage = f => $"no page embeds the figure '{f.Id}'; add {{{{< figure {f.Id} >}}}} to a page",
    };

    public static DataKind<Comparison> Comparisons { get; } = new("comparisons", "comparison")
    {
        Reader = ComparisonsReader.Read,
        EmbedWords = ["comparison"],
        TextsOf = c => c.Rows.SelectMany(r => r.Cells.Prepend(r.Label)).Select(text => new ItemText(text, c.Span))
            .Prepend(new ItemText(c.Description, c.Span)),
        IsUsed = (c, uses) => uses.Embedded(new DataKey(Comparisons!, c.Id)),
        UnusedMessage = c => $"no page embeds the comparison '{c.Id}'; add {{{{< comparison {c.Id} >}}}} to a page",
    };

    public static DataKind<Theme> Themes { get; } = new("themes", "theme")
    {
        Reader = ThemesReader.Read,
        Url = GeneratedPages.ThemesUrl,
        IndexPage = PageKind.ThemeIndex,
        IndexTitle = "Themes",
        ItemPage = PageKind.Theme,
        LabelKey = "kind_theme",
        IsUsed = (t, uses) => uses.Links.ThemePages.ContainsKey(t.Id),
        UnusedMessage = t => $"no page has the theme '{t.Id}'",
    };

    public static DataKind<Timeline> Timelines => TimelineKind.Kind;

    /// <summary>Every kind, in the order the data is read and the unused items are reported.</summary>
    public static IReadOnlyList<DataKind> All { get; } = [Terms, Definitions, References, Grids, Tables, Figures, Comparisons, Themes, Timelines];

    private static readonly Dictionary<string, DataKind> ByWord =
        All.SelectMany(k => k.EmbedWords.Select(w => (w, k))).ToDictionary(p => p.w, p => p.k, StringComparer.Ordinal);

    /// <summary>The words an embed may start with, for the message that lists them.</summary>
    public static IReadOnlyList<string> EmbedWords { get; } = All.SelectMany(k => k.EmbedWords).ToList();

    /// <summary>The kind an embed's word names, or null.</summary>
    public static DataKind? OfEmbed(string word) => ByWord.GetValueOrDefault(word);

    /// <summary>The kind whose index page is of <paramref name="page"/>'s kind, or null.</summary>
    public static DataKind? OfIndexPage(PageKind page) => All.FirstOrDefault(k => k.IndexPage == page);

    /// <summary>The kind whose items' own pages are of <paramref name="page"/>'s kind, or null.</summary>
    public static DataKind? OfItemPage(PageKind page) => All.FirstOrDefault(k => k.ItemPage == page);

    /// <summary>The kind a generated page shows, its index or an item's page, or null.</summary>
    public static DataKind? OfPage(PageKind page) => OfIndexPage(page) ?? OfItemPage(page);
}
