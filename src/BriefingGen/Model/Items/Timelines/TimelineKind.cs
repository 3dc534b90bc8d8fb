namespace BriefingGen.Model.Items.Timelines;

/// <summary>The timelines kind: <c>data/timelines.yml</c>, embedded as <c>{{&lt; timeline ID &gt;}}</c>, with an index and a page per timeline.</summary>
public static class TimelineKind
{
    public static DataKind<Timeline> Kind { get; } = new("timelines", "timeline")
    {
        Keys = TimelineKeys.Timeline,
        Reader = TimelinesReader.Read,
        EmbedWords = ["timeline"],
        Url = "timelines/",
        IndexPage = PageKind.TimelineIndex,
        IndexTitle = "Timelines",
        ItemPage = PageKind.Timeline,
        LabelKey = "kind_timeline",
        // The summary and each event's text are Markdown: their term links and citations are checked where written.
        TextsOf = t => t.Events.Select(e => new ItemText(e.Text, e.TextAt ?? e.Span)).Prepend(new ItemText(t.Summary, t.SummaryAt ?? t.Span)),
        IsUsed = (t, uses) => uses.Embedded(new DataKey(Kind!, t.Id)),
        UnusedMessage = t => $"no page embeds the timeline '{t.Id}'; add {{{{< timeline {t.Id} >}}}} to a page",
    };
}
