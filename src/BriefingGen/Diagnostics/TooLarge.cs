namespace BriefingGen.Diagnostics;

/// <summary>The message for a page that ran out of memory or stack (BG0212), at the page, not an unnamed crash.</summary>
public static class TooLarge
{
    /// <param name="doing">What was being done with the page: "read", "render".</param>
    public static string Message(Exception e, string doing) => e is InsufficientExecutionStackException
        ? $"this page is nested too deeply to {doing} (the stack ran out); flatten its lists, quotes, tables or templates"
        : $"this page is too large to {doing} in the memory available; split it into several pages (a very long table, say, into several)";
}
