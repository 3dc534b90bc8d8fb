namespace BriefingGen.Diagnostics;

/// <summary>Values listed in a message, at most a screenful: a grid's 90,000 cells in each of its errors made megabytes of messages.</summary>
public static class MessageList
{
    public const int Shown = 20;

    /// <summary>"a, b, c", or the first <see cref="Shown"/> and "and N more", or "none".</summary>
    public static string Join(IEnumerable<string> values)
    {
        var list = values.Take(Shown + 1).ToList();
        if (list.Count == 0)
        {
            return "none";
        }

        if (list.Count <= Shown)
        {
            return string.Join(", ", list);
        }

        var more = values.Count() - Shown;
        return $"{string.Join(", ", list.Take(Shown))} and {more:N0} more";
    }
}
