namespace BriefingGen.Model;

/// <summary>The typed data of a briefing collection, each kind in id order, with look-ups by id.</summary>
public sealed record BriefingData(
    IReadOnlyList<Term> Terms,
    IReadOnlyList<Reference> References,
    IReadOnlyList<Grid> Grids,
    IReadOnlyList<BenefitRiskTable> Tables,
    IReadOnlyList<Figure> Figures,
    IReadOnlyList<Comparison> Comparisons,
    IReadOnlyList<Theme> Themes)
{
    public static BriefingData Empty { get; } = new([], [], [], [], [], [], []);

    /// <summary>
    /// Items written in the data files but dropped for errors already reported, as "kind id" ("grids g"):
    /// references to them are not reported again.
    /// </summary>
    public IReadOnlySet<string> Dropped { get; init; } = new HashSet<string>();

    public bool WasDropped(string kind, string id) => Dropped.Contains(kind + " " + id.Trim());

    private readonly Dictionary<string, Term> _termsByName = BuildTermIndex(Terms);

    /// <summary>The term a <c>[[link]]</c> names, by id or alias (case-insensitive).</summary>
    public Term? FindTerm(string idOrAlias)
    {
        return _termsByName.GetValueOrDefault(idOrAlias.Trim().ToLowerInvariant());
    }

    // Look-ups by id, built once: pages x items scans added up on large sites. The first of equal ids wins, as a scan's would.
    private readonly Dictionary<string, Reference> _references = ById(References, r => r.Id);
    private readonly Dictionary<string, Grid> _grids = ById(Grids, g => g.Id);
    private readonly Dictionary<string, BenefitRiskTable> _tables = ById(Tables, t => t.Id);
    private readonly Dictionary<string, Figure> _figures = ById(Figures, f => f.Id);
    private readonly Dictionary<string, Comparison> _comparisons = ById(Comparisons, c => c.Id);
    private readonly Dictionary<string, Theme> _themes = ById(Themes, t => t.Id);
    private readonly Dictionary<string, Definition> _definitions = ById(Terms.SelectMany(t => t.Definitions), d => d.Id);

    public Reference? FindReference(string id) => _references.GetValueOrDefault(id);

    public Grid? FindGrid(string id) => _grids.GetValueOrDefault(id);

    public BenefitRiskTable? FindTable(string id) => _tables.GetValueOrDefault(id);

    public Figure? FindFigure(string id) => _figures.GetValueOrDefault(id);

    public Comparison? FindComparison(string id) => _comparisons.GetValueOrDefault(id);

    public Theme? FindTheme(string id) => _themes.GetValueOrDefault(id);

    public Definition? FindDefinition(string id) => _definitions.GetValueOrDefault(id);

    private static Dictionary<string, T> ById<T>(IEnumerable<T> items, Func<T, string> id)
    {
        var index = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            index.TryAdd(id(item), item);
        }

        return index;
    }

    private static Dictionary<string, Term> BuildTermIndex(IReadOnlyList<Term> terms)
    {
        var index = new Dictionary<string, Term>(StringComparer.Ordinal);
        foreach (var term in terms)
        {
            index.TryAdd(term.Id.ToLowerInvariant(), term);
            index.TryAdd(term.Name.ToLowerInvariant(), term);
            foreach (var alias in term.Aliases)
            {
                index.TryAdd(alias.ToLowerInvariant(), term);
            }
        }

        return index;
    }
}
