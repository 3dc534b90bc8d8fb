using BriefingGen.Diagnostics;

namespace BriefingGen.Model;

/// <summary>A two-sided table: benefits beside the risks they pair with, each item citable as evidence.</summary>
public sealed record BenefitRiskTable(
    string Id,
    string Title,
    string? Description,
    string? SourceId,
    string BenefitsLabel,
    string RisksLabel,
    IReadOnlyList<BenefitRiskRow> Rows,
    SourceSpan Span) : Items.IDataItem
{
    /// <summary>Where the item's 'source' is written, so that an unknown source is reported at its value.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public SourceSpan? SourceAt { get; init; }


    public IEnumerable<TableItem> Items => Rows.SelectMany(r => new[] { r.Benefit, r.Risk }).OfType<TableItem>();
}

/// <summary>A row pairing a benefit with a risk (either may be absent).</summary>
public sealed record BenefitRiskRow(TableItem? Benefit, TableItem? Risk);

/// <summary>A benefit or a risk; cited as <c>table/item</c>.</summary>
public sealed record TableItem(string TableId, string Id, string Text, bool IsRisk)
{
    public string Key => $"{TableId}/{Id}";

    public string Anchor => $"item-{Id}";
}

/// <summary>A page's evidence for a table item, with a note on how.</summary>
public sealed record Evidence(string TableId, string ItemId, string Note, string PageUrl);
