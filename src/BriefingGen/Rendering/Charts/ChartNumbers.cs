using System.Globalization;

namespace BriefingGen.Rendering.Charts;

/// <summary>A figure's numbers as the site's language writes them (10,700 in English and Welsh), with the figure's unit after each.</summary>
public static class ChartNumbers
{
    // As many decimals as the data gives (a decimal keeps them), with the language's separators.
    private const string Pattern = "#,0.##########";

    public static string Format(decimal value, string unit, CultureInfo culture) => value.ToString(Pattern, culture) + unit;

    /// <summary>The value, or a dash where the source gives none.</summary>
    public static string Format(decimal? value, string unit, CultureInfo culture) => value is { } number ? Format(number, unit, culture) : "–";
}
