namespace CareLedger.Specs.Actuals.Checking;

/// <summary>Where the checked records of one section are kept, in the order checked: a list, or a compact store for activity.</summary>
internal interface IRecordStore<T> : IReadOnlyList<T>
{
    void Add(T record);
}
