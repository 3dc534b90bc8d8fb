namespace BriefingGen.Model.Language;

/// <summary>
/// The CLDR cardinal plural category of a whole number in a language (https://cldr.unicode.org, plurals.xml).
/// Languages not listed here take English's rule (one for 1, other for the rest).
/// </summary>
public static class PluralRules
{
    public static string Category(string language, long n)
    {
        var primary = language.Split('-', '_')[0].ToLowerInvariant();
        return primary switch
        {
            "cy" => n switch { 0 => "zero", 1 => "one", 2 => "two", 3 => "few", 6 => "many", _ => "other" },
            "ga" => n switch { 1 => "one", 2 => "two", >= 3 and <= 6 => "few", >= 7 and <= 10 => "many", _ => "other" },
            "gd" => n switch { 1 or 11 => "one", 2 or 12 => "two", (>= 3 and <= 10) or (>= 13 and <= 19) => "few", _ => "other" },
            "fr" => n switch { 0 or 1 => "one", _ when n != 0 && n % 1_000_000 == 0 => "many", _ => "other" },
            "ja" or "zh" or "ko" or "th" or "vi" or "id" or "ms" => "other",
            _ => n == 1 ? "one" : "other",
        };
    }
}
