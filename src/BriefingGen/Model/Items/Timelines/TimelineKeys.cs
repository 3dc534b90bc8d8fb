using BriefingGen.Yaml;

namespace BriefingGen.Model.Items.Timelines;

/// <summary>The keys of a timeline in <c>timelines.yml</c>, for the reader's unknown-key check and the schema.</summary>
public static class TimelineKeys
{
    public static MapShape Event { get; } = new("a timeline event", "A dated event.",
    [
        new("date", ValueKind.Text, "A year (2019), a month (2019-05) or a day (2019-05-14).") { Required = true },
        new("title", ValueKind.Text, "What happened, in a few words.") { Required = true },
        new("text", ValueKind.Text, "More about it, in Markdown."),
    ]);

    public static MapShape Timeline { get; } = new("a timeline", "A dated sequence of events.",
    [
        ItemKeys.Id("timeline"),
        new("title", ValueKind.Text, "The timeline's title.") { Required = true },
        new("summary", ValueKind.Text, "A sentence or two shown with it."),
        ItemKeys.Source("timeline"),
        new("events", ValueKind.MapList, "The events, each with a date and a title.") { Required = true, Entries = Event },
    ]);
}
