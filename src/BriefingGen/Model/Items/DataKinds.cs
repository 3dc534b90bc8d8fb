using BriefingGen.Model.Items.Comparisons;
using BriefingGen.Model.Items.Figures;
using BriefingGen.Model.Items.Grids;
using BriefingGen.Model.Items.References;
using BriefingGen.Model.Items.Tables;
using BriefingGen.Model.Items.Terms;
using BriefingGen.Model.Items.Themes;
using BriefingGen.Model.Items.Timelines;

namespace BriefingGen.Model.Items;

/// <summary>
/// The registry of data kinds: every kind BriefingGen reads with a schema, in the order they are read. Each kind's entry
/// is in its folder (<c>Grids/GridKind.cs</c>); the rendering half is <c>Rendering/ItemKinds.cs</c>.
/// </summary>
public static class DataKinds
{
    public static DataKind<Term> Terms => TermKind.Kind;

    /// <summary>The definitions inside the terms: embeddable on their own, read with their term.</summary>
    public static DataKind<Definition> Definitions => TermKind.Definitions;

    public static DataKind<Reference> References => ReferenceKind.Kind;

    public static DataKind<Grid> Grids => GridKind.Kind;

    public static DataKind<BenefitRiskTable> Tables => TableKind.Kind;

    public static DataKind<Figure> Figures => FigureKind.Kind;

    public static DataKind<Comparison> Comparisons => ComparisonKind.Kind;

    public static DataKind<Theme> Themes => ThemeKind.Kind;

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
