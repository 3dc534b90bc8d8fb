namespace BriefingGen.Rendering.Charts;

/// <summary>How much room a chart's text takes, estimated (the SVG is drawn without a browser to measure it), and its wrapping.</summary>
public static class ChartTextSize
{
    /// <summary>The font size of every chart text, in the SVG's units; the theme's CSS sets the same.</summary>
    public const double Font = 14;

    /// <summary>The average advance of a character of a sans-serif font at <see cref="Font"/>, a little generous.</summary>
    public const double CharWidth = 7.8;

    public const double LineHeight = 16;

    public static double Width(string text) => text.Length * CharWidth;

    /// <summary>The text's words on lines of at most <paramref name="maxChars"/> characters (a longer word has a line to itself).</summary>
    public static List<string> Wrap(string text, int maxChars)
    {
        var lines = new List<string>();
        var line = "";
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > maxChars)
            {
                lines.Add(line);
                line = word;
            }
            else
            {
                line = line.Length == 0 ? word : line + " " + word;
            }
        }

        lines.Add(line);
        return lines;
    }
}
