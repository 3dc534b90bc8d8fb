using BriefingGen.Diagnostics;

namespace BriefingGen.Model;

/// <summary>A topic that pages are filed under.</summary>
public sealed record Theme(string Id, string Title, string? Description, SourceSpan Span) : Items.IDataItem;
