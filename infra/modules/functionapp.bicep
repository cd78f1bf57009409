// The Function App (HTTP and timer triggers) on the Flex Consumption plan: .NET 10 isolated worker, scales to zero,
// runs as the user-assigned identity, reads its package from a blob container with that identity.
param location string
param planName string
param name string
param identityId string
param identityClientId string
param storageAccountName string
param storageBlobEndpoint string
param storageTableEndpoint string
param deploymentContainerUrl string
param serviceBusNamespace string
param healthQueue string
param appInsightsConnectionString string
param keyVaultUri string
param twilioAuthTokenSecretName string
param workspaceId string
@minValue(40)
@maxValue(1000)
param maximumInstanceCount int
param tags object = {}

resource plan 'Microsoft.Web/serverfarms@2024-04-01' = {
  name: planName
  location: location
  tags: tags
  kind: 'functionapp'
  sku: {
    tier: 'FlexConsumption'
    name: 'FC1'
  }
  properties: {
    reserved: true
  }
}

resource site 'Microsoft.Web/sites@2024-04-01' = {
  name: name
  location: location
  tags: union(tags, { 'azd-service-name': 'functions' })
  kind: 'functionapp,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identityId}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    // Key Vault references in app settings resolve with the user-assigned identity.
    keyVaultReferenceIdentity: identityId
    siteConfig: {
      minTlsVersion: '1.2'
      scmMinTlsVersion: '1.2'
      ftpsState: 'Disabled'
      http20Enabled: true
      appSettings: [
        // Platform: the runtime's own storage, telemetry, and which identity DefaultAzureCredential uses.
        { name: 'AzureWebJobsStorage__accountName', value: storageAccountName }
        { name: 'AzureWebJobsStorage__credential', value: 'managedidentity' }
        { name: 'AzureWebJobsStorage__clientId', value: identityClientId }
        { name: 'APPLICATIONINSIGHTS_CONNECTION_STRING', value: appInsightsConnectionString }
        { name: 'APPLICATIONINSIGHTS_AUTHENTICATION_STRING', value: 'ClientId=${identityClientId};Authorization=AAD' }
        { name: 'AZURE_CLIENT_ID', value: identityClientId }
        // NewsAlerts.Azure.Storage.StorageOptions (managed identity variant).
        { name: 'Storage__TableServiceUri', value: storageTableEndpoint }
        { name: 'Storage__BlobServiceUri', value: storageBlobEndpoint }
        // NewsAlerts.Azure.ServiceBus.ServiceBusOptions (managed identity variant).
        { name: 'ServiceBus__FullyQualifiedNamespace', value: serviceBusNamespace }
        { name: 'ServiceBus__HealthQueue', value: healthQueue }
        // Twilio webhooks are validated with the auth token (X-Twilio-Signature); the value stays in Key Vault.
        { name: 'Twilio__AuthToken', value: '@Microsoft.KeyVault(SecretUri=${keyVaultUri}secrets/${twilioAuthTokenSecretName})' }
      ]
    }
    functionAppConfig: {
      deployment: {
        storage: {
          type: 'blobContainer'
          value: deploymentContainerUrl
          authentication: {
            type: 'UserAssignedIdentity'
            userAssignedIdentityResourceId: identityId
          }
        }
      }
      scaleAndConcurrency: {
        maximumInstanceCount: maximumInstanceCount
        instanceMemoryMB: 2048
      }
      runtime: {
        name: 'dotnet-isolated'
        version: '10.0'
      }
    }
  }
}

// Deployment is by Entra ID only: no FTP or Kudu basic-auth publishing credentials.
resource ftpCredentials 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2024-04-01' = {
  parent: site
  name: 'ftp'
  properties: {
    allow: false
  }
}

resource scmCredentials 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2024-04-01' = {
  parent: site
  name: 'scm'
  properties: {
    allow: false
  }
}

resource diagnostics 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  scope: site
  name: 'to-log-analytics'
  properties: {
    workspaceId: workspaceId
    logs: [
      {
        category: 'FunctionAppLogs'
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

output name string = site.name
output defaultHostName string = site.properties.defaultHostName
