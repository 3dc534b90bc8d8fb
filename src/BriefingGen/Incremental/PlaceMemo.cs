namespace BriefingGen.Incremental;

/// <summary>
/// What the last build stored for each item of a list (each page), found by the item's place while the
/// list has the same keys in the same order as last time, as after most edits, else by key. At 30,000 pages,
/// looking each page up by its URL or path in every stage was much of an edit's work.
/// </summary>
/// <remarks>An item's key must not change while the item lives (a URL, a path set when it is made).</remarks>
public sealed class PlaceMemo<T>
{
    private string[] _keys = [];
    private T[] _values = [];

    // The items the keys were taken from: where an item is the same object, its key is not taken and compared again,
    // so an edit's comparison reads two arrays instead of 30,000 pages (which at that size are out of the caches).
    // Held in a struct, as a store into an array of references checks the stored object's type, which reads it.
    private ItemRef[] _items = [];

    private struct ItemRef
    {
        public object? Item;
    }

    /// <summary>Whether the last <see cref="Recall"/> found the values by place: the same keys in the same order as last stored.</summary>
    public bool FoundByPlace { get; private set; }

    /// <summary>The last build's values for these items, in their order; the default for an item it did not have.</summary>
    public T[] Recall<TItem>(IReadOnlyList<TItem> items, Func<TItem, string> key)
    {
        FoundByPlace = SameKeys(items, key);
        if (FoundByPlace)
        {
            return _values;
        }

        var byKey = new Dictionary<string, T>(_keys.Length, StringComparer.Ordinal);
        for (var i = 0; i < _keys.Length; i++)
        {
            byKey[_keys[i]] = _values[i];
        }

        var values = new T[items.Count];
        for (var i = 0; i < items.Count; i++)
        {
            values[i] = byKey.GetValueOrDefault(key(items[i]))!;
        }

        return values;
    }

    /// <summary>Stores this build's values, one for each item in its place (a new array: the last one may still be read).</summary>
    public void Store<TItem>(IReadOnlyList<TItem> items, Func<TItem, string> key, T[] values)
    {
        if (!SameKeys(items, key))
        {
            var keys = new string[items.Count];
            for (var i = 0; i < items.Count; i++)
            {
                keys[i] = key(items[i]);
            }

            _keys = keys;
        }

        if (_items.Length != items.Count)
        {
            _items = new ItemRef[items.Count];
        }

        for (var i = 0; i < items.Count; i++)
        {
            _items[i].Item = items[i];
        }

        _values = values;
    }

    private bool SameKeys<TItem>(IReadOnlyList<TItem> items, Func<TItem, string> key)
    {
        if (_keys.Length != items.Count)
        {
            return false;
        }

        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            if (!ReferenceEquals(item, _items[i].Item) && !string.Equals(_keys[i], key(item), StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }
}
