using System.Globalization;
using BriefingGen.Model.Items;
using BriefingGen.Model.Items.Timelines;
using BriefingGen.Model.Language;
using BriefingGen.Yaml;
using Scriban.Runtime;

namespace BriefingGen.Rendering;

/// <summary>A timeline, embedded or on its own page, through <c>items/timeline.html</c>; each date shown at the precision written.</summary>
public static class TimelineHtml
{
    public static string Embed(Timeline timeline, RenderContext context) =>
        context.Templates.Render("items/timeline.html", Model(timeline, context, onItsPage: false)).Value;

    /// <summary>The variables of <c>items/timeline.html</c>.</summary>
    public static ScriptObject Model(Timeline timeline, RenderContext context, bool onItsPage) =>
        new()
        {
            ["timeline"] = timeline,
            ["link"] = onItsPage ? null : context.Link(DataKinds.Timelines.ItemUrl(timeline.Id)),
            ["source"] = ItemHtml.Source(timeline.Sources, context),
            ["sources"] = ItemHtml.Sources(timeline.Sources, context),
            ["events"] = timeline.Events.Select(e => new TimelineEventModel(e.Title, e.Date.Iso, context.Text.DateAsWritten(e.Date),
                e.Text is null ? null : new RawHtml(BriefingHtmlRenderer.RenderInline(e.Text, e.Span.Path, context)))).ToList(),
        };

    /// <summary>The variables of <c>pages/timeline.html</c>: the summary, the timeline, and the pages that embed it, in the order shown.</summary>
    public static ScriptObject PageModel(Timeline timeline, RenderContext context)
    {
        var summary = GeneratedContent.Description(timeline.Summary, timeline.Span.Path, context);
        var model = Model(timeline, context, onItsPage: true);
        model["summary"] = summary;
        model["used_on"] = GeneratedContent.UsedOn(CrossReferenceNames.EmbedUsers, context.Site.Links.EmbedUsers, new DataKey(DataKinds.Timelines, timeline.Id).ToString(), context);
        return model;
    }

    // "2019", "May 2019", "14 May 2019": no more precise than the editor wrote, in the site's language.
}

/// <summary>An event of a timeline: its title, its date for <c>datetime</c> and as shown, and its text rendered.</summary>
public sealed record TimelineEventModel(string Title, string Datetime, string Date, RawHtml? Text);
