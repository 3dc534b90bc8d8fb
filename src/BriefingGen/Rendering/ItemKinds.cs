using BriefingGen.Model;
using BriefingGen.Model.Items;
using BriefingGen.Model.Items.Timelines;
using BriefingGen.Parsing.Syntax;
using Scriban.Runtime;

namespace BriefingGen.Rendering;

/// <summary>
/// The rendering half of each data kind, keyed by the kind: how an embed draws an item, and the template and model of
/// an item's own page. The Model's registry (<see cref="DataKinds"/>) cannot hold these, since Model comes before Rendering.
/// </summary>
public static class ItemKinds
{
    private sealed record Parts(
        Func<IDataItem, EmbedBlock, RenderContext, string>? Embed,
        Func<IDataItem, RenderContext, (string Template, ScriptObject Model)>? Page = null);

    private static readonly Dictionary<DataKind, Parts> ByKind = new()
    {
        [DataKinds.Terms] = new(
            // "definitions" shows every definition of the term; "term" its name and explanation.
            (term, embed, context) => embed.Kind == "definitions"
                ? string.Concat(((Term)term).Definitions.Select(d => ItemHtml.Definition(d, context)))
                : ItemHtml.TermSummary((Term)term, context),
            (term, context) => ("pages/term.html", GeneratedContent.TermComparison((Term)term, context))),
        [DataKinds.Definitions] = new((definition, _, context) => ItemHtml.Definition((Definition)definition, context)),
        [DataKinds.Grids] = new(
            // An embedded grid shows the cases placed in it, and a table the evidence for its items, unless told "=off".
            (grid, embed, context) => ItemHtml.Grid((Grid)grid, context, showPlacements: embed.IsOn("cases"), marked: null),
            (grid, context) => ("pages/grid.html", GeneratedContent.Grid((Grid)grid, context))),
        [DataKinds.Tables] = new(
            (table, embed, context) => ItemHtml.Table((BenefitRiskTable)table, context, showEvidence: embed.IsOn("evidence")),
            (table, context) => ("pages/table.html", GeneratedContent.Table((BenefitRiskTable)table, context))),
        [DataKinds.Figures] = new(
            (figure, _, context) => ItemHtml.Figure((Figure)figure, context),
            (figure, context) => ("pages/figure.html", GeneratedContent.Figure((Figure)figure, context))),
        [DataKinds.Comparisons] = new((comparison, _, context) => ItemHtml.Comparison((Comparison)comparison, context)),
        [DataKinds.Themes] = new(null, (theme, context) => ("pages/theme.html", GeneratedContent.Theme((Theme)theme, context))),
        [DataKinds.Timelines] = new(
            (timeline, _, context) => TimelineHtml.Embed((Timeline)timeline, context),
            (timeline, context) => ("pages/timeline.html", TimelineHtml.PageModel((Timeline)timeline, context))),
    };

    /// <summary>The HTML of an embed, <c>{{&lt; word id &gt;}}</c>; empty when the item is not there (the model reported it).</summary>
    public static string Embed(EmbedBlock embed, RenderContext context) =>
        DataKinds.OfEmbed(embed.Kind) is { } kind && context.FindItem(kind, embed.Id) is { } item &&
        ByKind.GetValueOrDefault(kind)?.Embed is { } draw
            ? draw(item, embed, context)
            : "";

    /// <summary>The template and model of an item's own page, or null when the page shows no item.</summary>
    public static (string Template, ScriptObject Model)? Page(Page page, RenderContext context) =>
        DataKinds.OfItemPage(page.Kind) is { } kind && page.ItemId is { } id && context.FindItem(kind, id) is { } item &&
        ByKind.GetValueOrDefault(kind)?.Page is { } made
            ? made(item, context)
            : null;
}
