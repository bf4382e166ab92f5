using CareLedger.Analytics.Importing;
using CareLedger.Analytics.Workspaces;

namespace CareLedger.Analytics.Tests;

/// <summary>A store written before appointments' attendance was kept, and while source lines were required, opens and imports.</summary>
public sealed class StoreUpgradeTests
{
    [Fact]
    public void An_earlier_store_gains_the_attendance_column_and_takes_new_imports()
    {
        var root = Path.Combine(Path.GetTempPath(), "careledger-upgrade-" + Guid.NewGuid().ToString("N"));
        var location = new WorkspaceLocation(root, WorkspaceName.Default);
        try
        {
            using (var earlier = ActivityStore.Open(location))
            {
                // The activity table as the earlier version made it.
                earlier.Execute("ALTER TABLE activity DROP COLUMN attendance; ALTER TABLE activity ALTER COLUMN source_row SET NOT NULL");
            }

            using var store = ActivityStore.Open(location);
            var prices = Path.Combine(root, "prices.csv");
            var file = Path.Combine(root, "op.csv");
            File.WriteAllText(prices, "pod,hrg,unit_cost\noutpatient,WF01B,200.0000\n");
            File.WriteAllText(file, "PSEUDO_HESID,ATTENDKEY,APPTDATE,PROCODE3,FIRSTATT,ATTENDED\nP1,A1,2023-04-03,RX1,1,5\nP1,A2,2023-04-04,RX1,1,3\n");

            var outcome = new ActivityImporter(Workspace.Clock).Import(store, new ImportRequest([new ImportFile(file, "op.csv")], ActivityLayout.HesOutpatient, new ImportFile(prices, "prices.csv")));

            Assert.True(outcome.Succeeded, string.Join("\n", outcome.Problems));
            // A1 seen: WF01B 200; A2 did not attend: counted, no cost.
            Assert.Equal((2L, 1L, 200m), (outcome.Costing!.Rows, outcome.Costing.NotAttendedRows, outcome.Costing.TotalCost));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
