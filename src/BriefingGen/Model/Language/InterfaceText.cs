using System.Globalization;
using System.Text;
using BriefingGen.Parsing;

namespace BriefingGen.Model.Language;

/// <summary>
/// The interface strings of the site's language (the theme's file, overridden key by key by the site's, English where
/// neither has a key), with the language's plural rule and the culture numbers and dates are formatted in.
/// </summary>
public sealed class InterfaceText(string language, CultureInfo culture, IReadOnlyDictionary<string, InterfaceString> strings)
{
    /// <summary>The language the strings are for (<c>en</c>, <c>cy</c>): the config's, or its fallback.</summary>
    public string Language { get; } = language;

    public CultureInfo Culture { get; } = culture;

    public IReadOnlyDictionary<string, InterfaceString> Strings { get; } = strings;

    /// <summary>The theme's English strings alone, for rendering without a site (tests, tools).</summary>
    public static InterfaceText English => LazyEnglish.Value;

    private static readonly Lazy<InterfaceText> LazyEnglish = new(() => InterfaceLanguage.Choose("en", [], new Diagnostics.DiagnosticBag(), null));

    public bool Has(string key) => Strings.ContainsKey(key);

    /// <summary>The text of <paramref name="key"/> with its <c>{name}</c> placeholders filled from <paramref name="arguments"/>.</summary>
    public string Text(string key, params (string Name, object? Value)[] arguments) => Fill(Find(key).Other, arguments);

    /// <summary>The plural form of <paramref name="key"/> for <paramref name="count"/>, with <c>{count}</c> written as the language writes numbers.</summary>
    public string Count(string key, long count, params (string Name, object? Value)[] arguments) =>
        Fill(Find(key).Form(PluralRules.Category(Language, count)), [("count", count), .. arguments]);

    /// <summary>A date written out in full, in the format the language file gives (<c>date_long</c>) and the language's month names.</summary>
    public string LongDate(DateOnly date) => date.ToString(Find("date_long").Other, Culture);

    /// <summary>A date at the precision it was written: "14 May 2019", "May 2019" or "2019".</summary>
    public string DateAsWritten(Yaml.WrittenDate date) => date switch
    {
        { Month: { } month, Day: { } day } => LongDate(new DateOnly(date.Year, month, day)),
        { Month: { } month } => new DateOnly(date.Year, month, 1).ToString(Find("date_month").Other, Culture),
        _ => date.Year.ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>
    /// The word that joins the last item of a list to the one before (<c>list_and</c>): <c>list_and_before_vowel</c>
    /// instead when the language file has it and <paramref name="next"/> starts with one of <c>list_and_vowels</c>
    /// (Welsh "ac" before a vowel, "a" otherwise). An accented letter counts as its base letter.
    /// </summary>
    public string ListAnd(string next)
    {
        if (Strings.TryGetValue("list_and_before_vowel", out var beforeVowel) && Strings.TryGetValue("list_and_vowels", out var vowels)
            && BaseLetter(next) is { } first && vowels.Other.Contains(first, StringComparison.Ordinal))
        {
            return beforeVowel.Other;
        }

        return Find("list_and").Other;
    }

    private string? BaseLetter(string text)
    {
        var letter = text.TrimStart().EnumerateRunes().FirstOrDefault();
        if (!Rune.IsLetter(letter))
        {
            return null;
        }

        var decomposed = letter.ToString().Normalize(NormalizationForm.FormD);
        return Rune.ToLower(Rune.GetRuneAt(decomposed, 0), Culture).ToString();
    }

    public string Number(object? value) => value switch
    {
        null => "",
        IFormattable number => number.ToString(null, Culture),
        _ => value.ToString() ?? "",
    };

    private InterfaceString Find(string key) =>
        Strings.TryGetValue(key, out var text) ? text : throw new KeyNotFoundException($"no interface string '{key}' in i18n/{Language}.yml or i18n/en.yml");

    /// <summary>Replaces each <c>{name}</c> whose name is given; other braces are left as written.</summary>
    public string Fill(string text, IReadOnlyList<(string Name, object? Value)> arguments)
    {
        if (arguments.Count == 0 || !text.Contains('{'))
        {
            return text;
        }

        var filled = new StringBuilder(text.Length + 32);
        var at = 0;
        while (at < text.Length)
        {
            var open = text.IndexOf('{', at);
            var close = open < 0 ? -1 : text.IndexOf('}', open + 1);
            if (close < 0)
            {
                filled.Append(text, at, text.Length - at);
                break;
            }

            filled.Append(text, at, open - at);
            var name = text[(open + 1)..close];
            var found = false;
            foreach (var (argument, value) in arguments)
            {
                if (argument == name)
                {
                    filled.Append(Number(value));
                    found = true;
                    break;
                }
            }

            if (!found)
            {
                filled.Append(text, open, close - open + 1);
            }

            at = close + 1;
        }

        return filled.ToString();
    }
}
