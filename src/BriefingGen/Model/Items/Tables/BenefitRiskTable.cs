using BriefingGen.Diagnostics;

namespace BriefingGen.Model;

/// <summary>
/// A two-sided table of benefits and risks, each item citable as evidence: either rows that pair a benefit with a risk,
/// or two independent lists (three benefits and four risks), with any extra columns the table declares.
/// </summary>
public sealed record BenefitRiskTable(
    string Id,
    string Title,
    string? Description,
    string BenefitsLabel,
    string RisksLabel,
    IReadOnlyList<BenefitRiskRow> Rows,
    SourceSpan Span) : Items.IDataItem
{
    /// <summary>The references it is drawn from, each where it is written.</summary>
    public IReadOnlyList<Yaml.Located<string>> Sources { get; init; } = [];


    /// <summary>The benefits, in order, when the table lists them apart from the risks (no <see cref="Rows"/>).</summary>
    public IReadOnlyList<TableItem> Benefits { get; init; } = [];

    /// <summary>The risks, in order, when the table lists them apart from the benefits.</summary>
    public IReadOnlyList<TableItem> Risks { get; init; } = [];

    /// <summary>Extra columns each item may fill (a mitigation, a likelihood), in the order shown.</summary>
    public IReadOnlyList<TableColumn> Columns { get; init; } = [];

    /// <summary>Whether the table pairs each benefit with a risk in rows, rather than listing them apart.</summary>
    public bool IsPaired => Rows.Count > 0;

    public IEnumerable<TableItem> Items => Rows.SelectMany(r => new[] { r.Benefit, r.Risk }).OfType<TableItem>().Concat(Benefits).Concat(Risks);
}

/// <summary>An extra column of a benefit/risk table: the key items fill it with, and its heading.</summary>
public sealed record TableColumn(string Id, string Label);

/// <summary>A row pairing a benefit with a risk (either may be absent).</summary>
public sealed record BenefitRiskRow(TableItem? Benefit, TableItem? Risk);

/// <summary>A benefit or a risk; cited as <c>table/item</c>.</summary>
public sealed record TableItem(string TableId, string Id, string Text, bool IsRisk)
{
    /// <summary>The item's text in each of the table's extra columns that it fills, by column id.</summary>
    public IReadOnlyDictionary<string, string> Values { get; init; } = new Dictionary<string, string>();

    public string Key => $"{TableId}/{Id}";

    public string Anchor => $"item-{Id}";
}

/// <summary>A page's evidence for a table item, with a note on how.</summary>
public sealed record Evidence(string TableId, string ItemId, string Note, string PageUrl);
