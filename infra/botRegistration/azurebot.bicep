// Azure Bot registration for the Teams channel. The bot authenticates as the user-assigned managed identity
// (msaAppType UserAssignedMSI), so there is no app password to store, rotate or leak, and it is single-tenant:
// only the school organisation's tenant can use it.

@maxLength(42)
@description('Name of the Azure Bot resource.')
param botServiceName string

@maxLength(42)
@description('Name shown for the bot in the Azure portal.')
param botDisplayName string

@description('Client id of the user-assigned managed identity the bot runs as (the bot id in the Teams manifest).')
param identityClientId string

@description('Resource id of that managed identity.')
param identityResourceId string

@description('Tenant of the managed identity and of the Teams users.')
param identityTenantId string

@description('Host name of the web app, without https://.')
param botAppDomain string

@allowed([
  'F0'
  'S1'
])
@description('F0 is free and enough for Teams: the Teams channel is a standard channel, without message charges.')
param botServiceSku string = 'F0'

@allowed([
  'westeurope'
  'global'
])
@description('westeurope: a regional bot whose Bot Service data stays in the EU; global only as a fallback.')
param botLocation string = 'westeurope'

@description('Tags for every resource.')
param tags object = {}

resource botService 'Microsoft.BotService/botServices@2022-09-15' = {
  kind: 'azurebot'
  // Regional (EU) data residency: the Bot Service stores and processes messages inside the EU boundary.
  location: botLocation
  name: botServiceName
  tags: tags
  sku: {
    name: botServiceSku
  }
  properties: {
    displayName: botDisplayName
    endpoint: 'https://${botAppDomain}/api/messages'
    msaAppId: identityClientId
    msaAppMSIResourceId: identityResourceId
    msaAppTenantId: identityTenantId
    msaAppType: 'UserAssignedMSI'
  }
}

resource teamsChannel 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: botService
  location: botLocation
  name: 'MsTeamsChannel'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: {
      isEnabled: true
    }
  }
}

output botServiceName string = botService.name
output botEndpoint string = botService.properties.endpoint
