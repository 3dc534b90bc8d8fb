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

    public Reference? FindReference(string id) => References.FirstOrDefault(r => r.Id == id);

    public Grid? FindGrid(string id) => Grids.FirstOrDefault(g => g.Id == id);

    public BenefitRiskTable? FindTable(string id) => Tables.FirstOrDefault(t => t.Id == id);

    public Figure? FindFigure(string id) => Figures.FirstOrDefault(f => f.Id == id);

    public Comparison? FindComparison(string id) => Comparisons.FirstOrDefault(c => c.Id == id);

    public Theme? FindTheme(string id) => Themes.FirstOrDefault(t => t.Id == id);

    public Definition? FindDefinition(string id) => Terms.SelectMany(t => t.Definitions).FirstOrDefault(d => d.Id == id);

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
