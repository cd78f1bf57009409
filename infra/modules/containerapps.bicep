// The Container Apps environment (Consumption profile: no charge while nothing runs) and the Dispatcher, a worker
// with no ingress, scaled 0..N by KEDA azure-servicebus rules on the alert queues, authenticated by the managed identity.
param location string
param environmentName string
param appName string
param image string
param identityId string
param identityClientId string
@description('A second user-assigned identity used only by the KEDA scale rules (Service Bus Data Owner to read queue lengths).')
param scalerIdentityId string
param registryLoginServer string
param storageBlobEndpoint string
param storageTableEndpoint string
param serviceBusName string
param serviceBusNamespace string
param healthQueue string
@description('Queues the Dispatcher consumes; each gets a scale rule.')
param queueNames array
@description('Messages waiting per replica before KEDA adds one.')
param messagesPerReplica int = 20
@minValue(1)
@maxValue(300)
param maxReplicas int
param appInsightsConnectionString string
param keyVaultUri string
param twilioAuthTokenSecretName string
param twilioPreviousAuthTokenSecretName string
param smtpPasswordSecretName string
param alertsSigningKeySecretName string
param alertsPreviousSigningKeySecretName string
@description('The Function App\'s default host name: links in alerts and the SMS status callback point there.')
param functionAppHostName string
param twilioAccountSid string
param smsFromNumber string
param smsMessagingServiceSid string
param smsMessagesPerSecond int
param smtpHost string
param smtpPort int
param smtpSecurity string
param smtpUserName string
param emailSender string
param emailSenderName string

@description('Where subscribers get help (email address or https URL), named in the answer to HELP.')
param supportContact string
param emailMessagesPerSecond int
@description('Deliveries of a batch before the Dispatcher dead-letters it with its reasons (below the queues\' maxDeliveryCount).')
param maxAttempts int
param workspaceId string
param tags object = {}

var publicBaseUrl = 'https://${functionAppHostName}/'

resource environment 'Microsoft.App/managedEnvironments@2025-01-01' = {
  name: environmentName
  location: location
  tags: tags
  properties: {
    // Logs go through the diagnostic setting below, so the template needs no workspace shared key.
    appLogsConfiguration: {
      destination: 'azure-monitor'
    }
    workloadProfiles: [
      {
        name: 'Consumption'
        workloadProfileType: 'Consumption'
      }
    ]
    zoneRedundant: false
  }
}

resource environmentDiagnostics 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  scope: environment
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

resource dispatcher 'Microsoft.App/containerApps@2025-01-01' = {
  name: appName
  location: location
  tags: union(tags, { 'azd-service-name': 'dispatcher' })
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identityId}': {}
      '${scalerIdentityId}': {}
    }
  }
  properties: {
    environmentId: environment.id
    workloadProfileName: 'Consumption'
    configuration: {
      activeRevisionsMode: 'Single'
      registries: [
        {
          server: registryLoginServer
          identity: identityId
        }
      ]
      // Key Vault references: the values stay in Key Vault and are read with the managed identity.
      secrets: [
        {
          name: 'twilio-auth-token'
          keyVaultUrl: '${keyVaultUri}secrets/${twilioAuthTokenSecretName}'
          identity: identityId
        }
        {
          name: 'twilio-previous-auth-token'
          keyVaultUrl: '${keyVaultUri}secrets/${twilioPreviousAuthTokenSecretName}'
          identity: identityId
        }
        {
          name: 'smtp-password'
          keyVaultUrl: '${keyVaultUri}secrets/${smtpPasswordSecretName}'
          identity: identityId
        }
        {
          name: 'alerts-signing-key'
          keyVaultUrl: '${keyVaultUri}secrets/${alertsSigningKeySecretName}'
          identity: identityId
        }
        {
          name: 'alerts-previous-signing-key'
          keyVaultUrl: '${keyVaultUri}secrets/${alertsPreviousSigningKeySecretName}'
          identity: identityId
        }
      ]
    }
    template: {
      containers: [
        {
          name: 'dispatcher'
          image: image
          resources: {
            cpu: json('0.25')
            memory: '0.5Gi'
          }
          env: [
            { name: 'AZURE_CLIENT_ID', value: identityClientId }
            { name: 'APPLICATIONINSIGHTS_CONNECTION_STRING', value: appInsightsConnectionString }
            { name: 'Storage__TableServiceUri', value: storageTableEndpoint }
            { name: 'Storage__BlobServiceUri', value: storageBlobEndpoint }
            { name: 'ServiceBus__FullyQualifiedNamespace', value: serviceBusNamespace }
            { name: 'ServiceBus__HealthQueue', value: healthQueue }
            // Names are the options classes' (Section__Property); tests/NewsAlerts.Infrastructure.Tests checks them.
            { name: 'Alerts__PublicBaseUrl', value: publicBaseUrl }
            { name: 'Alerts__SigningKey', secretRef: 'alerts-signing-key' }
            { name: 'Alerts__PreviousSigningKey', secretRef: 'alerts-previous-signing-key' }
            { name: 'Alerts__ContactAddress', value: supportContact }
            // One of FromNumber and MessagingServiceSid is empty (the parameter file chooses); ApiBaseUrl is local-only.
            { name: 'Twilio__AccountSid', value: twilioAccountSid }
            { name: 'Twilio__AuthToken', secretRef: 'twilio-auth-token' }
            { name: 'Twilio__PreviousAuthToken', secretRef: 'twilio-previous-auth-token' }
            { name: 'Twilio__FromNumber', value: smsFromNumber }
            { name: 'Twilio__MessagingServiceSid', value: smsMessagingServiceSid }
            { name: 'Twilio__StatusCallbackUrl', value: '${publicBaseUrl}api/twilio/status' }
            { name: 'Twilio__MessagesPerSecond', value: string(smsMessagesPerSecond) }
            { name: 'Smtp__Host', value: smtpHost }
            { name: 'Smtp__Port', value: string(smtpPort) }
            { name: 'Smtp__Security', value: smtpSecurity }
            { name: 'Smtp__UserName', value: smtpUserName }
            { name: 'Smtp__Password', secretRef: 'smtp-password' }
            { name: 'Smtp__FromAddress', value: emailSender }
            { name: 'Smtp__FromName', value: emailSenderName }
            { name: 'Smtp__MessagesPerSecond', value: string(emailMessagesPerSecond) }
            { name: 'Dispatcher__MaxAttempts', value: string(maxAttempts) }
            // A claim keeps an alert in its replica's hands this long after its last refresh (a live replica refreshes
            // every third of it): alerts of a replica that died are sent again by another only after that long.
            { name: 'Dispatcher__ClaimLeaseSeconds', value: '300' }
          ]
        }
      ]
      scale: {
        minReplicas: 0
        maxReplicas: maxReplicas
        rules: [for queueName in queueNames: {
          name: '${queueName}-backlog'
          custom: {
            type: 'azure-servicebus'
            metadata: {
              queueName: queueName
              namespace: serviceBusName
              messageCount: string(messagesPerReplica)
            }
            identity: scalerIdentityId
          }
        }]
      }
    }
  }
}

output name string = dispatcher.name
output environmentName string = environment.name
