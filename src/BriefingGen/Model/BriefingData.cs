using BriefingGen.Model.Items;

namespace BriefingGen.Model;

/// <summary>
/// The typed data of a briefing collection, every kind of <see cref="DataKinds"/>, with look-ups by id. The
/// kinds the pipeline names often have shorthands (<see cref="Grids"/>); any kind is <c>Items(DataKinds.X)</c>.
/// </summary>
public sealed record BriefingData
{
    private readonly IReadOnlyDictionary<DataKind, IReadOnlyList<IDataItem>> _items;

    // Look-ups by id, built once: pages x items scans added up on large sites. The first of equal ids wins, as a scan's would.
    private readonly Dictionary<DataKind, Dictionary<string, IDataItem>> _byId;

    private readonly Dictionary<string, Term> _termsByName;

    /// <param name="items">Each kind's items as its reader returned them; the definitions are taken from the terms.</param>
    public BriefingData(IReadOnlyDictionary<DataKind, IReadOnlyList<IDataItem>> items)
    {
        var all = new Dictionary<DataKind, IReadOnlyList<IDataItem>>(items);
        all[DataKinds.Definitions] = ItemsOf(all, DataKinds.Terms).SelectMany(t => t.Definitions).ToList();
        _items = all;
        _byId = all.ToDictionary(p => p.Key, p => ById(p.Value));
        _termsByName = BuildTermIndex(Terms);
    }

    public static BriefingData Empty { get; } = new(new Dictionary<DataKind, IReadOnlyList<IDataItem>>());

    /// <summary>The items of <paramref name="kind"/>, typed.</summary>
    public IReadOnlyList<T> Items<T>(DataKind<T> kind) where T : class, IDataItem => ItemsOf(_items, kind);

    /// <summary>The items of <paramref name="kind"/>.</summary>
    public IReadOnlyList<IDataItem> ItemsOf(DataKind kind) => _items.GetValueOrDefault(kind) ?? [];

    public IReadOnlyList<Term> Terms => Items(DataKinds.Terms);

    public IReadOnlyList<Reference> References => Items(DataKinds.References);

    public IReadOnlyList<Grid> Grids => Items(DataKinds.Grids);

    public IReadOnlyList<BenefitRiskTable> Tables => Items(DataKinds.Tables);

    public IReadOnlyList<Figure> Figures => Items(DataKinds.Figures);

    public IReadOnlyList<Comparison> Comparisons => Items(DataKinds.Comparisons);

    public IReadOnlyList<Theme> Themes => Items(DataKinds.Themes);

    /// <summary>
    /// Items written in the data files but dropped for errors already reported: references to them are not reported again.
    /// </summary>
    public IReadOnlySet<DataKey> Dropped { get; init; } = new HashSet<DataKey>();

    public bool WasDropped(DataKey key) => Dropped.Contains(key with { Id = key.Id.Trim() });

    /// <summary>The item a key names; a term by its id or alias, as a <c>[[link]]</c> names it.</summary>
    public IDataItem? Find(DataKey key) =>
        key.Kind == DataKinds.Terms ? FindTerm(key.Id) : _byId.GetValueOrDefault(key.Kind)?.GetValueOrDefault(key.Id);

    /// <summary>The term a <c>[[link]]</c> names, by id or alias (case-insensitive).</summary>
    public Term? FindTerm(string idOrAlias)
    {
        return _termsByName.GetValueOrDefault(idOrAlias.Trim().ToLowerInvariant());
    }

    public Reference? FindReference(string id) => Find<Reference>(DataKinds.References, id);

    public Grid? FindGrid(string id) => Find<Grid>(DataKinds.Grids, id);

    public BenefitRiskTable? FindTable(string id) => Find<BenefitRiskTable>(DataKinds.Tables, id);

    public Figure? FindFigure(string id) => Find<Figure>(DataKinds.Figures, id);

    public Comparison? FindComparison(string id) => Find<Comparison>(DataKinds.Comparisons, id);

    public Theme? FindTheme(string id) => Find<Theme>(DataKinds.Themes, id);

    public Definition? FindDefinition(string id) => Find<Definition>(DataKinds.Definitions, id);

    private T? Find<T>(DataKind<T> kind, string id) where T : class, IDataItem =>
        (T?)_byId.GetValueOrDefault(kind)?.GetValueOrDefault(id);

    private static IReadOnlyList<T> ItemsOf<T>(IReadOnlyDictionary<DataKind, IReadOnlyList<IDataItem>> items, DataKind<T> kind)
        where T : class, IDataItem =>
        items.GetValueOrDefault(kind) switch
        {
            IReadOnlyList<T> typed => typed,
            { } other => other.Cast<T>().ToList(),
            null => [],
        };

    private static Dictionary<string, IDataItem> ById(IEnumerable<IDataItem> items)
    {
        var index = new Dictionary<string, IDataItem>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            index.TryAdd(item.Id, item);
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
