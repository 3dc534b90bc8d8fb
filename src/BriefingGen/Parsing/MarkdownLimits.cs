using BriefingGen.Diagnostics;

namespace BriefingGen.Parsing;

/// <summary>
/// Checks a page body before Markdig reads it: Markdig gives up on very deep nesting only after long work
/// (3,000 nested list items take a minute), and very long lines make its inline parsing slow.
/// </summary>
public static class MarkdownLimits
{
    /// <summary>Deeper block nesting (quotes and list levels) than this is refused.</summary>
    public const int MaxNesting = 32;

    public static bool Check(string body, string path, int lineOffset, int maxLineLength, DiagnosticBag diagnostics)
    {
        var line = 0;
        foreach (var range in body.AsSpan().Split('\n'))
        {
            var text = body.AsSpan(range);
            line++;
            if (text.Length > maxLineLength)
            {
                diagnostics.Error(DiagnosticCodes.LineTooLong, new SourceSpan(path, line + lineOffset, maxLineLength + 1),
                    $"this line is {text.Length:N0} characters long, over the limit of {maxLineLength:N0}; break it into shorter lines (or raise limits.max_line_length)");
                return false;
            }

            var depth = NestingOf(text);
            if (depth > MaxNesting)
            {
                diagnostics.Error(DiagnosticCodes.MarkdownTooDeep, new SourceSpan(path, line + lineOffset, 1),
                    $"quotes and lists are nested {depth} deep here, over the limit of {MaxNesting}");
                return false;
            }
        }

        return true;
    }

    // Each '>' opens a quote and every two columns of indentation can open a list level.
    private static int NestingOf(ReadOnlySpan<char> line)
    {
        var depth = 0;
        var columns = 0;
        foreach (var c in line)
        {
            switch (c)
            {
                case '>':
                    depth++;
                    break;
                case ' ':
                    columns++;
                    break;
                case '\t':
                    columns += 4;
                    break;
                case '-' or '*' or '+':
                    break;
                default:
                    return depth + columns / 2;
            }
        }

        return depth + columns / 2;
    }
}
