using System.Globalization;
using System.Text;

namespace BriefingGen.Model;

/// <summary>Explains a clash between two names that look the same but are written with different Unicode characters.</summary>
public static class LookAlike
{
    /// <summary>A sentence to add to a clash message when <paramref name="a"/> and <paramref name="b"/> differ only in Unicode normalisation, else "".</summary>
    public static string Note(string? a, string? b)
    {
        if (a is null || b is null || a == b || SitePath.Normalised(a) != SitePath.Normalised(b))
        {
            return "";
        }

        return $" (the two names look alike but are written with different characters: {Spelled(a)} and {Spelled(b)}; " +
            "rename one, or save both with composed accents)";
    }

    // Combining marks and other characters outside ASCII as \u escapes, so that the difference shows.
    private static string Spelled(string name)
    {
        var spelled = new StringBuilder(name.Length + 8);
        foreach (var c in name)
        {
            if (c < 0x80)
            {
                spelled.Append(c);
            }
            else
            {
                spelled.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }
        }

        return spelled.ToString();
    }
}
