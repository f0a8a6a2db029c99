// Exam fees and their payment orders (tag "Payments" of the contract): thin wrappers so the fee section and its
// tests share one way to call them.
import { api, call, type ApiResult } from './client'
import { asFile, type DownloadedFile } from './download'
import type { ApplicationFeeView, PaymentOrderCreate, PaymentOrderView } from './types'

export const payments = {
  /** The fees of an application with their status for it and the open or paid order. */
  fees: (applicationId: string): Promise<ApiResult<ApplicationFeeView[]>> =>
    call(api.GET('/api/v1/applications/{id}/fees', { params: { path: { id: applicationId } } })),

  /**
   * Creates (or gets) the order of a fee. `idempotencyKey` is unique per intended payment: a retry of the same
   * click sends the same key and gets the same order.
   */
  createOrder: (body: PaymentOrderCreate, idempotencyKey: string): Promise<ApiResult<PaymentOrderView>> =>
    call(api.POST('/api/v1/payment-orders', { params: { header: { 'Idempotency-Key': idempotencyKey } }, body })),

  order: (orderNo: string): Promise<ApiResult<PaymentOrderView>> =>
    call(api.GET('/api/v1/payment-orders/{orderNo}', { params: { path: { orderNo } } })),

  /** Closes an open order (CLOSED, or PAID when the gateway took the money meanwhile). */
  close: (orderNo: string): Promise<ApiResult<PaymentOrderView>> =>
    call(api.POST('/api/v1/payment-orders/{orderNo}/close', { params: { path: { orderNo } } })),

  /** The QR code of an open order as a PNG (the endpoint needs the bearer token, so no plain <img src>). */
  qrCode: (orderNo: string, size = 400): Promise<ApiResult<DownloadedFile>> =>
    asFile(
      api.GET('/api/v1/payment-orders/{orderNo}/qrcode', {
        params: { path: { orderNo }, query: { format: 'png', size } },
        parseAs: 'blob',
      }),
    ),
}
