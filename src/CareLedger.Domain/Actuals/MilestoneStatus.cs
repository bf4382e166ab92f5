namespace CareLedger.Domain.Actuals;

public enum MilestoneStatus
{
    NotAchieved,
    PartlyAchieved,
    Achieved,
}
