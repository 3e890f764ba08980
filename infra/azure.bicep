// Azure resources for Schoolondersteuning in Teams, deployed into one resource group:
//   az deployment group create -g <rg> -f infra/azure.bicep -p infra/azure.parameters.json
// See docs/deploy.md. Design choices:
// - No secrets anywhere: the bot, the web app and Cosmos DB all use one user-assigned managed identity
//   (Bot Framework msaAppType UserAssignedMSI, Cosmos DB data-plane RBAC with local/key auth disabled).
// - The Cosmos containers are created here, not by the app: with key auth disabled the data-plane identity
//   cannot create databases or containers. The list must match src/store/containers.ts (test/infra checks it).

@minLength(3)
@maxLength(20)
@description('Short lower-case prefix for resource names, e.g. "schoolond". A hash of the resource group is appended where names must be globally unique.')
param resourceBaseName string

// EU regions only: pupil data (AVG) stays in the European Union, also in backups and logs.
@allowed([
  'westeurope'
  'northeurope'
  'swedencentral'
  'germanywestcentral'
  'francecentral'
  'italynorth'
  'polandcentral'
  'spaincentral'
])
@description('Azure region for every resource. Only EU regions are allowed.')
param location string = 'westeurope'

// A regional bot keeps the Bot Service's own processing of messages inside the EU; 'global' only if a tenant's
// Teams channel cannot use the regional service (see docs/deploy.md).
@allowed([
  'westeurope'
  'global'
])
@description('Data residency of the Azure Bot registration: westeurope (EU, regional) or global.')
param botDataResidency string = 'westeurope'

@maxLength(42)
@description('Name of the bot as shown in the Azure portal.')
param botDisplayName string

@allowed([
  'B1'
  'B2'
  'S1'
  'P0v3'
  'P1v3'
])
@description('App Service plan size. Always On (needed for the reminder jobs) is not available on F1/D1.')
param webAppSku string = 'B1'

@allowed([
  'F0'
  'S1'
])
param botServiceSku string = 'F0'

@description('Name of the Cosmos DB SQL database (COSMOS_DATABASE).')
param cosmosDatabaseName string = 'schoolondersteuning'

@minValue(1)
@maxValue(26)
@description('Weeks after the start until the tussentijdse evaluatie (EVALUATIE_TUSSENTIJDS_WEKEN).')
param evaluatieTussentijdsWeken int = 6

@minValue(1)
@maxValue(12)
@description('Months after the start until the evaluatie (EVALUATIE_MAANDEN).')
param evaluatieMaanden int = 3

@allowed([
  'debug'
  'info'
  'warn'
  'error'
])
param logLevel string = 'info'

@minValue(30)
@maxValue(730)
param logRetentionInDays int = 30

@description('Number of web app instances: each sends at most 50 / instances proactive messages per second per tenant.')
@minValue(1)
param botInstanties int = 1

@description('Trusted partner tenants (comma-separated tenant ids) whose users may hold roles; empty = own tenant only.')
param partnerTenants string = ''

@description('The exposed API of the Teams tab app registration (api://<web app host>/<client id>); empty: the tabs refuse every call until it is set (README: Tabbladen).')
param tabAppIdUri string = ''

@description('Route clock norm: the Loket answers within this many working days.')
@minValue(1)
@maxValue(60)
param normLoketWerkdagen int = 5

@description('Route clock norm: help has started within this many weeks of registration.')
@minValue(1)
@maxValue(52)
param normHulpGestartWeken int = 8
@description('Functional administrators: Entra object ids in the own tenant (comma-separated); they bind Team NO and the Loket, handle rights requests and see all figures in the tabs.')
param functioneelBeheerders string = ''

@description('Object id of an Entra group whose members are functional administrators too (checked through Microsoft Graph with the bot identity; grant it the application permission GroupMember.Read.All). Empty: only functioneelBeheerders.')
param functioneelBeheerdersGroep string = ''

@description('Team NO per region: "Noord=OBS De Regenboog|CBS De Wilg;Zuid=OBS Het Anker". Empty: one Team NO for the tenant.')
param regios string = ''

@description('School holidays of the region, no schakelteam meeting in them: "2026-12-19..2027-01-03,2027-04-24..2027-05-02" (rijksoverheid.nl, check every school year). Empty: only national holidays.')
param schoolvakanties string = ''

@minValue(1)
@maxValue(240)
@description('Months a closed case is kept before it is destroyed (BEWAARTERMIJN_MAANDEN; default 24, see docs/privacy.md).')
param bewaartermijnMaanden int = 24

param tags object = {}

var baseName = toLower(resourceBaseName)
var uniqueSuffix = uniqueString(resourceGroup().id)
var identityName = '${baseName}-id'
var planName = '${baseName}-plan'
var webAppName = '${baseName}-${uniqueSuffix}'
var cosmosAccountName = '${baseName}-cosmos-${uniqueSuffix}'
var botServiceName = '${baseName}-bot-${uniqueSuffix}'
var logAnalyticsName = '${baseName}-log'
var appInsightsName = '${baseName}-appi'

// Cosmos DB built-in data-plane role "Cosmos DB Built-in Data Contributor" (read/write items, no management).
var cosmosDataContributorRoleId = '00000000-0000-0000-0000-000000000002'

// Must equal CONTAINERS in src/store/containers.ts (test/infra/infra.test.ts compares them).
var cosmosContainerSpecs = [
  {
    name: 'hulpvragen'
    partitionKey: '/schakelteamId'
    compositeIndexes: []
    alleenToevoegen: false
  }
  {
    name: 'tellers'
    partitionKey: '/id'
    compositeIndexes: []
    alleenToevoegen: false
  }
  {
    name: 'kanalen'
    partitionKey: '/tenantId'
    compositeIndexes: []
    alleenToevoegen: false
  }
  {
    name: 'herinneringen'
    partitionKey: '/id'
    compositeIndexes: []
    alleenToevoegen: false
  }
  {
    name: 'audit'
    partitionKey: '/onderwerp'
    compositeIndexes: []
    alleenToevoegen: true
  }
]

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: identityName
  location: location
  tags: tags
}

resource logAnalytics 'Microsoft.OperationalInsights/workspaces@2023-09-01' = {
  name: logAnalyticsName
  location: location
  tags: tags
  properties: {
    sku: {
      name: 'PerGB2018'
    }
    retentionInDays: logRetentionInDays
  }
}

resource appInsights 'Microsoft.Insights/components@2020-02-02' = {
  name: appInsightsName
  location: location
  kind: 'web'
  tags: tags
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: logAnalytics.id
    IngestionMode: 'LogAnalytics'
  }
}

resource cosmosAccount 'Microsoft.DocumentDB/databaseAccounts@2024-05-15' = {
  name: cosmosAccountName
  location: location
  kind: 'GlobalDocumentDB'
  tags: tags
  properties: {
    databaseAccountOfferType: 'Standard'
    locations: [
      {
        locationName: location
        failoverPriority: 0
        isZoneRedundant: false
      }
    ]
    consistencyPolicy: {
      defaultConsistencyLevel: 'Session'
    }
    // Serverless: a school region's case load is small and bursty; pay per request instead of reserved RU/s.
    capabilities: [
      {
        name: 'EnableServerless'
      }
    ]
    // Entra ID only: no account keys that could end up in settings, logs or laptops.
    disableLocalAuth: true
    // Point-in-time restore of the last 7 days (accidental deletes, corruption) without holding copies longer
    // than the retention term allows.
    backupPolicy: {
      type: 'Continuous'
      continuousModeProperties: {
        tier: 'Continuous7Days'
      }
    }
    disableKeyBasedMetadataWriteAccess: true
    minimalTlsVersion: 'Tls12'
    publicNetworkAccess: 'Enabled'
  }
}

resource cosmosDatabase 'Microsoft.DocumentDB/databaseAccounts/sqlDatabases@2024-05-15' = {
  parent: cosmosAccount
  name: cosmosDatabaseName
  properties: {
    resource: {
      id: cosmosDatabaseName
    }
  }
}

resource cosmosContainers 'Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers@2024-05-15' = [for spec in cosmosContainerSpecs: {
  parent: cosmosDatabase
  name: spec.name
  properties: {
    resource: {
      id: spec.name
      partitionKey: {
        paths: [
          spec.partitionKey
        ]
        kind: 'Hash'
        version: 2
      }
      indexingPolicy: {
        indexingMode: 'consistent'
        automatic: true
        includedPaths: [
          {
            path: '/*'
          }
        ]
        excludedPaths: [
          {
            path: '/"_etag"/?'
          }
        ]
        compositeIndexes: spec.compositeIndexes
      }
    }
  }
}]

// Scoped per container, not the account: the identity needs items, nothing else. The append-only containers (the
// audit log) get the role below instead, which cannot replace or upsert a line.
resource cosmosRoleAssignments 'Microsoft.DocumentDB/databaseAccounts/sqlRoleAssignments@2024-05-15' = [for spec in cosmosContainerSpecs: if (!spec.alleenToevoegen) {
  parent: cosmosAccount
  name: guid(cosmosAccount.id, identity.id, cosmosDataContributorRoleId, spec.name)
  properties: {
    roleDefinitionId: '${cosmosAccount.id}/sqlRoleDefinitions/${cosmosDataContributorRoleId}'
    principalId: identity.properties.principalId
    scope: '${cosmosAccount.id}/dbs/${cosmosDatabaseName}/colls/${spec.name}'
  }
  dependsOn: [
    cosmosContainers
  ]
}]

// Append-only: add and read lines; delete only for retention and erasure on request. No replace, no upsert.
resource cosmosAppendOnlyRole 'Microsoft.DocumentDB/databaseAccounts/sqlRoleDefinitions@2024-05-15' = {
  parent: cosmosAccount
  name: guid(cosmosAccount.id, 'alleen-toevoegen')
  properties: {
    roleName: 'Schoolondersteuning alleen toevoegen'
    type: 'CustomRole'
    assignableScopes: [
      '${cosmosAccount.id}/dbs/${cosmosDatabaseName}'
    ]
    permissions: [
      {
        dataActions: [
          'Microsoft.DocumentDB/databaseAccounts/readMetadata'
          'Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers/items/create'
          'Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers/items/read'
          'Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers/items/delete'
          'Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers/executeQuery'
        ]
      }
    ]
  }
  dependsOn: [
    cosmosDatabase
  ]
}

resource cosmosAppendOnlyAssignments 'Microsoft.DocumentDB/databaseAccounts/sqlRoleAssignments@2024-05-15' = [for spec in cosmosContainerSpecs: if (spec.alleenToevoegen) {
  parent: cosmosAccount
  name: guid(cosmosAccount.id, identity.id, 'alleen-toevoegen', spec.name)
  properties: {
    roleDefinitionId: cosmosAppendOnlyRole.id
    principalId: identity.properties.principalId
    scope: '${cosmosAccount.id}/dbs/${cosmosDatabaseName}/colls/${spec.name}'
  }
  dependsOn: [
    cosmosContainers
  ]
}]

// Who touched the data plane and the account settings, for the security officer; request metadata only (no
// document contents, no query parameter values).
resource cosmosDiagnostics 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  name: 'to-log-analytics'
  scope: cosmosAccount
  properties: {
    workspaceId: logAnalytics.id
    logAnalyticsDestinationType: 'Dedicated'
    logs: [
      {
        category: 'DataPlaneRequests'
        enabled: true
      }
      {
        category: 'ControlPlaneRequests'
        enabled: true
      }
    ]
  }
}

resource plan 'Microsoft.Web/serverfarms@2023-12-01' = {
  name: planName
  location: location
  kind: 'linux'
  tags: tags
  sku: {
    name: webAppSku
  }
  properties: {
    // Required for a Linux plan.
    reserved: true
  }
}

resource webApp 'Microsoft.Web/sites@2023-12-01' = {
  name: webAppName
  location: location
  kind: 'app,linux'
  tags: tags
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identity.id}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    clientAffinityEnabled: false
    siteConfig: {
      linuxFxVersion: 'NODE|22-lts'
      appCommandLine: 'node dist/src/index.js'
      // The reminder and stagnation jobs run inside the app process; without Always On they stop when idle.
      alwaysOn: true
      ftpsState: 'Disabled'
      minTlsVersion: '1.2'
      scmMinTlsVersion: '1.2'
      http20Enabled: true
      healthCheckPath: '/healthz'
      // Every key in CONFIG_KEYS (src/config.ts) is either set here or deliberately absent:
      // - PORT: App Service sets it for the container; the app must listen on it.
      // - HOST: the app defaults to 0.0.0.0 in production, which the App Service front end needs.
      // - MicrosoftAppPassword, COSMOS_KEY: not used; the managed identity authenticates.
      // - LOCAL_DATA_DIR: only for the embedded local Cosmos server in development.
      appSettings: [
        {
          name: 'NODE_ENV'
          value: 'production'
        }
        {
          name: 'MicrosoftAppId'
          value: identity.properties.clientId
        }
        {
          name: 'MicrosoftAppType'
          value: 'UserAssignedMSI'
        }
        {
          name: 'MicrosoftAppTenantId'
          value: identity.properties.tenantId
        }
        {
          // Tells DefaultAzureCredential (Cosmos DB client) which of the web app's identities to use.
          name: 'AZURE_CLIENT_ID'
          value: identity.properties.clientId
        }
        {
          name: 'COSMOS_ENDPOINT'
          value: cosmosAccount.properties.documentEndpoint
        }
        {
          name: 'COSMOS_DATABASE'
          value: cosmosDatabaseName
        }
        {
          name: 'EVALUATIE_TUSSENTIJDS_WEKEN'
          value: string(evaluatieTussentijdsWeken)
        }
        {
          name: 'EVALUATIE_MAANDEN'
          value: string(evaluatieMaanden)
        }
        {
          name: 'LOG_LEVEL'
          value: logLevel
        }
        // Reminder, stagnation and sweep settings: the app's defaults, written out so operators see and tune them.
        {
          name: 'HERINNERING_DAGEN_VOORAF'
          value: '3'
        }
        {
          name: 'HERINNERING_ACHTERSTALLIG_ELKE'
          value: '5'
        }
        {
          name: 'ESCALATIE_HERINNER_ELKE'
          value: '5'
        }
        {
          name: 'VERZENDVENSTER_BEGIN_UUR'
          value: '8'
        }
        {
          name: 'VERZENDVENSTER_EIND_UUR'
          value: '17'
        }
        {
          name: 'FEESTDAG_GOEDE_VRIJDAG'
          value: 'false'
        }
        {
          name: 'FEESTDAG_BEVRIJDINGSDAG'
          value: 'jaarlijks'
        }
        {
          name: 'STAGNATIE_EVALUATIE_ACHTERSTALLIG_WERKDAGEN'
          value: '10'
        }
        {
          name: 'STAGNATIE_GEEN_VOORTGANG_DAGEN'
          value: '30'
        }
        {
          name: 'STAGNATIE_LOKET_NIET_GESTART_WEKEN'
          value: '10'
        }
        {
          name: 'STAGNATIE_OPEN_MAANDEN_NA_REGIEROL'
          value: '4'
        }
        {
          name: 'HERINNERING_AANBOD_WERKDAGEN'
          value: '3'
        }
        {
          name: 'STAGNATIE_AANBOD_WERKDAGEN'
          value: '10'
        }
        {
          name: 'HERINNERING_TOESTEMMING_WERKDAGEN'
          value: '5'
        }
        {
          name: 'STAGNATIE_TOESTEMMING_WERKDAGEN'
          value: '15'
        }
        {
          name: 'HERINNERING_NIEUW_BESLUIT_WERKDAGEN'
          value: '3'
        }
        {
          name: 'STAGNATIE_NIEUW_BESLUIT_WERKDAGEN'
          value: '10'
        }
        {
          name: 'TERMIJN_OVERDRACHT_WERKDAGEN'
          value: '10'
        }
        {
          name: 'TERMIJN_AFSLUITEN_WERKDAGEN'
          value: '10'
        }
        {
          name: 'SWEEP_INTERVAL_SECONDEN'
          value: '60'
        }
        {
          name: 'SWEEP_LEASE_SECONDEN'
          value: '600'
        }
        {
          name: 'SWEEP_MAX_PER_RONDE'
          value: '200'
        }
        {
          name: 'UITGAAND_OPNIEUW_SECONDEN'
          value: '60'
        }
        {
          name: 'UITGAAND_MAX_POGINGEN'
          value: '5'
        }
        {
          name: 'BOT_INSTANTIES'
          value: string(botInstanties)
        }
        {
          name: 'AGENDA_DAGEN_VOORAF'
          value: '7'
        }
        {
          name: 'SCHOOLVAKANTIES'
          value: schoolvakanties
        }
        {
          name: 'FUNCTIONEEL_BEHEERDERS'
          value: functioneelBeheerders
        }
        {
          name: 'FUNCTIONEEL_BEHEERDERS_GROEP'
          value: functioneelBeheerdersGroep
        }
        {
          name: 'REGIOS'
          value: regios
        }
        {
          name: 'BEWAARTERMIJN_MAANDEN'
          value: string(bewaartermijnMaanden)
        }
        {
          // Only the bot's own tenant by default; partner tenants are added here (comma-separated).
          name: 'PARTNER_TENANTS'
          value: partnerTenants
        }
        {
          // Forms open as Teams dialogs when the bot has its identity (always in Azure).
          name: 'TEAMS_DIALOGEN'
          value: 'auto'
        }
        {
          name: 'TAB_APP_ID_URI'
          value: tabAppIdUri
        }
        {
          name: 'NORM_LOKET_WERKDAGEN'
          value: string(normLoketWerkdagen)
        }
        {
          name: 'NORM_HULP_GESTART_WEKEN'
          value: string(normHulpGestartWeken)
        }
        {
          // An identifier for ingestion, not a credential.
          name: 'APPLICATIONINSIGHTS_CONNECTION_STRING'
          value: appInsights.properties.ConnectionString
        }
        {
          // Codeless Node.js agent: requests, dependencies and console output without an SDK in the app.
          name: 'ApplicationInsightsAgent_EXTENSION_VERSION'
          value: '~3'
        }
        {
          // The deployment zip already holds dist/ and production node_modules (see docs/deploy.md).
          name: 'WEBSITE_RUN_FROM_PACKAGE'
          value: '1'
        }
        {
          name: 'SCM_DO_BUILD_DURING_DEPLOYMENT'
          value: 'false'
        }
      ]
    }
  }
}

// Deployments use Entra ID (az webapp deploy); no publishing user names and passwords for SCM or FTP.
resource scmBasicAuth 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2023-12-01' = {
  parent: webApp
  name: 'scm'
  properties: {
    allow: false
  }
}

resource ftpBasicAuth 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2023-12-01' = {
  parent: webApp
  name: 'ftp'
  properties: {
    allow: false
  }
}

resource webAppDiagnostics 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  name: 'to-log-analytics'
  scope: webApp
  properties: {
    workspaceId: logAnalytics.id
    logs: [
      {
        category: 'AppServiceConsoleLogs'
        enabled: true
      }
      {
        category: 'AppServiceHTTPLogs'
        enabled: true
      }
      {
        category: 'AppServicePlatformLogs'
        enabled: true
      }
    ]
  }
}

module botRegistration 'botRegistration/azurebot.bicep' = {
  name: 'botRegistration'
  params: {
    botServiceName: botServiceName
    botDisplayName: botDisplayName
    identityClientId: identity.properties.clientId
    identityResourceId: identity.id
    identityTenantId: identity.properties.tenantId
    botAppDomain: webApp.properties.defaultHostName
    botServiceSku: botServiceSku
    botLocation: botDataResidency
    tags: tags
  }
}

// Upper-case outputs can be written straight into env/.env.<name> for `npm run package -- --env ...`.
output BOT_ID string = identity.properties.clientId
output BOT_DOMAIN string = webApp.properties.defaultHostName
output BOT_ENDPOINT string = botRegistration.outputs.botEndpoint
output BOT_TENANT_ID string = identity.properties.tenantId
output IDENTITY_CLIENT_ID string = identity.properties.clientId
output IDENTITY_RESOURCE_ID string = identity.id
output COSMOS_ENDPOINT string = cosmosAccount.properties.documentEndpoint
output COSMOS_DATABASE string = cosmosDatabaseName
output COSMOS_ACCOUNT_NAME string = cosmosAccount.name
output WEB_APP_NAME string = webApp.name
output APP_SERVICE_PLAN_NAME string = plan.name
output BOT_SERVICE_NAME string = botRegistration.outputs.botServiceName
output APP_INSIGHTS_NAME string = appInsights.name
output LOG_ANALYTICS_NAME string = logAnalytics.name
output RESOURCE_GROUP_NAME string = resourceGroup().name
