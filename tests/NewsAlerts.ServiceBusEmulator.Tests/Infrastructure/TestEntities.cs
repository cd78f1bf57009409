namespace NewsAlerts.ServiceBusEmulator.Tests.Infrastructure;

/// <summary>The entity configuration every test emulator starts with: short locks and TTLs keep the suite fast.</summary>
public static class TestEntities
{
    public const string Json = """
    {
      "UserConfig": {
        "Namespaces": [
          {
            "Name": "tests",
            "Queues": [
              { "Name": "basic", "Properties": { "LockDuration": "PT5S", "MaxDeliveryCount": 10 } },
              { "Name": "settle", "Properties": { "LockDuration": "PT5S", "MaxDeliveryCount": 10 } },
              { "Name": "abandon", "Properties": { "LockDuration": "PT5S", "MaxDeliveryCount": 2 } },
              { "Name": "deadletter", "Properties": { "LockDuration": "PT5S" } },
              { "Name": "defer", "Properties": { "LockDuration": "PT5S" } },
              { "Name": "lockexpiry", "Properties": { "LockDuration": "PT1S", "MaxDeliveryCount": 5 } },
              { "Name": "renew", "Properties": { "LockDuration": "PT4S" } },
              { "Name": "ttl", "Properties": { "LockDuration": "PT5S", "DefaultMessageTimeToLive": "PT1S", "DeadLetteringOnMessageExpiration": true } },
              { "Name": "ttl-drop", "Properties": { "DefaultMessageTimeToLive": "PT1S", "DeadLetteringOnMessageExpiration": false } },
              { "Name": "scheduled", "Properties": { "LockDuration": "PT5S" } },
              { "Name": "peek", "Properties": { "LockDuration": "PT5S" } },
              { "Name": "duplicates", "Properties": { "RequiresDuplicateDetection": true, "DuplicateDetectionHistoryTimeWindow": "PT10M" } },
              { "Name": "roundtrip", "Properties": { "LockDuration": "PT5S" } },
              { "Name": "processor", "Properties": { "LockDuration": "PT5S" } },
              { "Name": "processor-manual", "Properties": { "LockDuration": "PT5S" } },
              { "Name": "errors", "Properties": { "LockDuration": "PT1S" } },
              { "Name": "faults", "Properties": { "LockDuration": "PT1S", "MaxDeliveryCount": 1000 } },
              { "Name": "teardown", "Properties": { "LockDuration": "PT1S", "MaxDeliveryCount": 10 } },
              { "Name": "renew-fault", "Properties": { "LockDuration": "PT2S" } },
              { "Name": "protocol", "Properties": { "LockDuration": "PT5S" } },
              { "Name": "autorenew", "Properties": { "LockDuration": "PT3S", "MaxDeliveryCount": 10 } },
              { "Name": "reconnect", "Properties": { "LockDuration": "PT5S" } },
              { "Name": "competing", "Properties": { "LockDuration": "PT30S" } },
              { "Name": "interop-no-id", "Properties": { "LockDuration": "PT5S", "MaxDeliveryCount": 10 } },
              { "Name": "interop-deadletter", "Properties": { "LockDuration": "PT5S", "MaxDeliveryCount": 10 } },
              { "Name": "interop-modify", "Properties": { "LockDuration": "PT5S", "MaxDeliveryCount": 10 } },
              { "Name": "interop-ids", "Properties": { "LockDuration": "PT5S", "RequiresDuplicateDetection": true, "DuplicateDetectionHistoryTimeWindow": "PT1M" } }
            ],
            "Topics": [
              {
                "Name": "news-dedup",
                "Properties": { "RequiresDuplicateDetection": true, "DuplicateDetectionHistoryTimeWindow": "PT10M" },
                "Subscriptions": [ { "Name": "all" } ]
              },
              {
                "Name": "news",
                "Subscriptions": [
                  { "Name": "all" },
                  { "Name": "breaking", "Rules": [ { "Name": "label", "Properties": { "FilterType": "Correlation", "CorrelationFilter": { "Label": "breaking" } } } ] },
                  { "Name": "syria", "Rules": [ { "Name": "topic", "Properties": { "FilterType": "Correlation", "CorrelationFilter": { "Properties": { "topic": "syria" } } } } ] },
                  { "Name": "urgent-sql", "Rules": [ { "Name": "sql", "Properties": { "FilterType": "Sql", "SqlFilter": { "SqlExpression": "priority >= 3 AND (region IN ('eu', 'me') OR NOT EXISTS(region)) AND sys.Label <> 'digest'" } } } ] },
                  { "Name": "no-channel", "Rules": [ { "Name": "sql", "Properties": { "FilterType": "Sql", "SqlFilter": { "SqlExpression": "channel IS NULL" } } } ] }
                ]
              }
            ]
          }
        ]
      }
    }
    """;
}
