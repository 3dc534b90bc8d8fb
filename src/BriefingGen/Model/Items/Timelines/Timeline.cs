using System.Text.Json.Serialization;
using BriefingGen.Diagnostics;
using BriefingGen.Yaml;

namespace BriefingGen.Model.Items.Timelines;

/// <summary>A dated sequence of events (a project's history, a policy's stages), shown in the order written.</summary>
public sealed record Timeline(
    string Id,
    string Title,
    string? Summary,
    IReadOnlyList<TimelineEvent> Events,
    SourceSpan Span) : IDataItem
{
    /// <summary>The references it is drawn from, each where it is written.</summary>
    public IReadOnlyList<Located<string>> Sources { get; init; } = [];

    /// <summary>Where 'summary' is written, so that an unknown term or citation in it is reported there.</summary>
    [JsonIgnore]
    public SourceSpan? SummaryAt { get; init; }

    string? IDataItem.Description => Summary;
}

/// <summary>One event: its date, a title, and an optional Markdown text with its own term links and citations.</summary>
public sealed record TimelineEvent(WrittenDate Date, string Title, string? Text, SourceSpan Span)
{
    /// <summary>Where 'text' is written, so that an unknown term or citation in it is reported there.</summary>
    [JsonIgnore]
    public SourceSpan? TextAt { get; init; }
}
