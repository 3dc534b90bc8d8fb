using BriefingGen.Diagnostics;
using BriefingGen.Model.Data;
using BriefingGen.Parsing;
using BriefingGen.Yaml;

namespace BriefingGen.Model.Items.Timelines;

/// <summary>Reads <c>timelines</c> data: each timeline's events, with dates checked at the precision written.</summary>
public static class TimelinesReader
{
    public static List<Timeline> Read(IReadOnlyList<ParsedDataFile> files, DiagnosticBag diagnostics)
    {
        var timelines = DataItems.MapsOfKind(files, "timelines", diagnostics).Select(ReadTimeline).OfType<Timeline>();
        return DataItems.Unique(timelines, t => t.Id, t => t.Span, "timeline", diagnostics);
    }

    private static Timeline? ReadTimeline(YamlMap map)
    {
        var id = DataItems.Id(map, "every timeline");
        var title = map.String("title", required: true, owner: "every timeline");
        var events = new List<TimelineEvent>();
        var written = 0;
        foreach (var entry in map.MapList("events"))
        {
            written++;
            if (ReadEvent(entry) is { } read)
            {
                events.Add(read);
            }
        }

        // Events that were written but refused have their own errors.
        if (written == 0)
        {
            map.Diagnostics.Error(DiagnosticCodes.MissingRequiredField, map.Span, "every timeline needs 'events': a list of events, each with a date and a title");
        }

        var timeline = new Timeline(id ?? "", title ?? "", map.String("summary"), events, map.Span)
        {
            Sources = map.LocatedStringList("source"),
            SummaryAt = map.SpanOf("summary"),
        };
        map.ReportUnknownKeys(TimelineKeys.Timeline);
        return id is null || title is null || events.Count == 0 ? null : timeline;
    }

    private static TimelineEvent? ReadEvent(YamlMap entry)
    {
        var written = entry.LocatedString("date", required: true, owner: "every event");
        var title = entry.String("title", required: true, owner: "every event");
        var text = entry.String("text");
        entry.ReportUnknownKeys(TimelineKeys.Event);
        if (written is null || title is null)
        {
            return null;
        }

        if (WrittenDate.Parse(written.Value) is not { } date)
        {
            entry.Diagnostics.Error(DiagnosticCodes.InvalidValue, written.Span,
                $"'{written.Value}' is not a date: write a year (2019), a month (2019-05) or a day (2019-05-14)");
            return null;
        }

        return new TimelineEvent(date, title, text, entry.Span) { TextAt = entry.SpanOf("text") };
    }
}
