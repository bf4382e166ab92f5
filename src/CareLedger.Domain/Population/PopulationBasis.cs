namespace CareLedger.Domain.Population;

/// <summary>How the covered population is defined.</summary>
public enum PopulationBasis
{
    /// <summary>Everyone on the registered lists of the practices in the area.</summary>
    RegisteredList,

    /// <summary>An age group, such as people aged 65 and over.</summary>
    AgeGroup,

    /// <summary>People on a disease pathway, such as musculoskeletal care.</summary>
    Pathway,

    /// <summary>A defined cohort, such as the highest-risk patients.</summary>
    Cohort,
}
