// The Service Bus namespace and every queue the code uses. Standard tier: duplicate detection needs it (Basic lacks it).
// Local (SAS key) auth is disabled: senders and receivers use the managed identity.
param location string
param name string
param identityPrincipalId string
@description('The identity KEDA scales the Dispatcher with: reading queue runtime properties needs the Manage right.')
param scalerPrincipalId string
param workspaceId string
param tags object = {}

// Every queue the code uses, with its delivery settings, the same as infra/local/servicebus-config.json (the emulator
// the end-to-end tests run against; a test compares them). Every queue dead-letters expired messages.
// maxDeliveryCount (10) is above the Dispatcher's Dispatcher__MaxAttempts (5, main.bicep), so a batch that keeps
// failing is dead-lettered by the Dispatcher with its reasons; the broker's count is the backstop (e.g. crashes).
// The Dispatcher renews locks itself (up to 10 minutes), so a one-minute lock suits long batches.
var queues = [
  {
    name: 'email-alerts'
    lockDuration: 'PT1M'
    maxDeliveryCount: 10
    timeToLive: 'P1D'
    // MessageId is derived from the batch's content: a publisher retry within the hour is dropped.
    duplicateDetectionWindow: 'PT1H'
  }
  {
    name: 'sms-alerts'
    lockDuration: 'PT1M'
    maxDeliveryCount: 10
    // A breaking-news text hours late is worse than none.
    timeToLive: 'PT6H'
    duplicateDetectionWindow: 'PT1H'
  }
  {
    // A person asking for a fresh manage link (/manage/link) waits minutes, not hours; the page limits asks per address.
    name: 'manage-links'
    lockDuration: 'PT1M'
    maxDeliveryCount: 10
    timeToLive: 'PT1H'
    // Each request has a fresh MessageId: only the SDK's own resends are dropped.
    duplicateDetectionWindow: 'PT10M'
  }
]

resource namespace 'Microsoft.ServiceBus/namespaces@2022-10-01-preview' = {
  name: name
  location: location
  tags: tags
  sku: {
    name: 'Standard'
    tier: 'Standard'
  }
  properties: {
    disableLocalAuth: true
    minimumTlsVersion: '1.2'
    publicNetworkAccess: 'Enabled'
  }
}

resource queue 'Microsoft.ServiceBus/namespaces/queues@2022-10-01-preview' = [for q in queues: {
  parent: namespace
  name: q.name
  properties: {
    lockDuration: q.lockDuration
    maxDeliveryCount: q.maxDeliveryCount
    defaultMessageTimeToLive: q.timeToLive
    deadLetteringOnMessageExpiration: true
    // MessageId is the idempotency key; a resend within the window is dropped by the broker.
    requiresDuplicateDetection: true
    duplicateDetectionHistoryTimeWindow: q.duplicateDetectionWindow
    requiresSession: false
    enablePartitioning: false
  }
}]

var roles = {
  dataSender: '69a216fc-b8fb-44d8-bc22-1f3c2cd27a39'
  dataReceiver: '4f6d3b9b-027b-4f4c-9142-0e5a2a2247e0'
}

resource roleAssignments 'Microsoft.Authorization/roleAssignments@2022-04-01' = [for role in items(roles): {
  scope: namespace
  name: guid(namespace.id, identityPrincipalId, role.value)
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', role.value)
    principalId: identityPrincipalId
    principalType: 'ServicePrincipal'
  }
}]

// Data Owner only for the scaler's own identity, which does nothing but read queue lengths.
var dataOwner = '090c5cfd-751d-490a-894a-3ce6f1109419'

resource scalerReadsQueueLengths 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  scope: namespace
  name: guid(namespace.id, scalerPrincipalId, dataOwner)
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', dataOwner)
    principalId: scalerPrincipalId
    principalType: 'ServicePrincipal'
  }
}

resource diagnostics 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  scope: namespace
  name: 'to-log-analytics'
  properties: {
    workspaceId: workspaceId
    logs: [
      {
        categoryGroup: 'allLogs'
        enabled: true
      }
    ]
    metrics: [
      {
        category: 'AllMetrics'
        enabled: true
      }
    ]
  }
}

output id string = namespace.id
output queueNames array = [for q in queues: q.name]
output name string = namespace.name
// serviceBusEndpoint is https://<name>.servicebus.windows.net:443/ (another host in sovereign clouds).
output fullyQualifiedNamespace string = split(split(namespace.properties.serviceBusEndpoint, '/')[2], ':')[0]
